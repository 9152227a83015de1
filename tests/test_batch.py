"""Batches: parallel processes and Dask give the same editions as one process, errors per file."""

import pytest

from teiconv.batch import Action, EditionWriter, convert_many, convert_paths, write_outcomes
from teiconv.manifest import FileState, Manifest

from conftest import SEEDS


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS[:3]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "broken.txt").write_bytes(b"caf\xe9")
    return folder


def by_name(outcomes):
    return {o.source.name: (o.data, str(o.error) if o.error else None) for o in outcomes}


def test_two_jobs_give_the_same_outcomes_in_the_same_order(inputs, tmp_path):
    paths = sorted(inputs.iterdir())
    one = list(convert_paths(paths, tmp_path / "out"))
    two = list(convert_paths(paths, tmp_path / "out", jobs=2))
    assert [o.source for o in two] == paths
    assert by_name(one) == by_name(two)
    assert "not valid utf-8" in by_name(two)["broken.txt"][1]


def test_convert_many_writes_every_good_file_and_reports_the_bad_one(inputs, tmp_path):
    outcomes, written = convert_many([inputs], tmp_path / "out", jobs=2)
    assert sorted(p.name for p in (tmp_path / "out").glob("*.xml")) == sorted(s.stem + ".xml" for s in SEEDS[:3])
    assert [o.source.name for o in outcomes if o.error] == ["broken.txt"]
    assert len(written) == 3


def test_dask_local_cluster_gives_the_same_outcomes(inputs, tmp_path):
    distributed = pytest.importorskip("dask.distributed", reason="the 'dask' extra is not installed")
    paths = sorted(inputs.iterdir())
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        on_dask = list(convert_paths(paths, tmp_path / "out", client=client))
    assert by_name(on_dask) == by_name(convert_paths(paths, tmp_path / "out"))


def test_editions_written_before_an_error_are_recorded_in_the_manifest(inputs, tmp_path):
    out = tmp_path / "out"
    first, second = [outcome for outcome in convert_paths(sorted(inputs.iterdir()), out) if outcome.data][:2]
    with pytest.raises(KeyboardInterrupt), EditionWriter(out) as writer:
        writer.write(first)
        raise KeyboardInterrupt  # the user stops the batch before the second edition
    manifest = Manifest.load(out)
    assert manifest.state(first.output) is FileState.GENERATED
    assert manifest.state(second.output) is FileState.NEW
    # So the next run updates the first edition instead of refusing it as not teiconv's.
    assert [written.action for written in write_outcomes([first, second], out)] == [Action.UNCHANGED, Action.WRITE]
