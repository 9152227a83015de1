"""py3langid's trained model, classified with from disk, a few bytes at a time.

py3langid (a maintained fork of langid.py) ships a naive Bayes model over byte n-grams: a
transition table that finds the n-grams of a text (38k rows of 256 states, 39 MB), a table of
their weights per language (100k rows of 142 languages, 28 MB), and small arrays. Loaded by the
library, with NumPy, it takes about a second and 118 MB in every process, for the few passages
teiconv asks about. Here its arrays are unpacked once into a cache, and a passage reads only the
transitions and weight rows it needs (pread, not mmap: on current kernels a mapped file becomes
resident in large folios around every page touched). The arithmetic is the library's
(`LanguageIdentifier.classify` with normalised probabilities), in Python floats, so the answers
are its answers up to rounding.

Where no cache can be written, or the model is not laid out as expected, the library itself loads
the model (`library_identifier`).
"""

from __future__ import annotations

import ast
import importlib.util
import math
import operator
import os
import shutil
import struct
import sys
import tempfile
import unicodedata
from array import array
from collections import Counter
from itertools import repeat
from pathlib import Path

# Where py3langid keeps its model, inside the package (its MODEL_FILE); found without importing
# the package, which would import NumPy.
PACKED_MODEL = "data/model.npz.xz"
ARRAYS = {"nextmove": "<u4", "nextmove_row": "<u2", "out_feat": "<i4", "ptc": "<f2", "pc": "<f4", "classes": "<U3"}
_NPY_MAGIC = b"\x93NUMPY"
_ITEM_FORMATS = {"<u4": "<I", "<u2": "<H", "<i4": "<i", "<f4": "<f", "<f2": "<e", "<U3": "<12s"}


class ModelLayoutError(Exception):
    """The unpacked model is not laid out as this reader expects (another py3langid release)."""


def packed_model() -> Path:
    spec = importlib.util.find_spec("py3langid")
    if spec is None or not spec.submodule_search_locations:
        raise ModelLayoutError("py3langid is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / PACKED_MODEL


def model_cache() -> Path:
    """Where the unpacked model is kept: $XDG_CACHE_HOME/teiconv, else ~/.cache/teiconv."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "teiconv"


class DiskModel:
    """The model's classifier, reading its two big tables from the unpacked .npy files."""

    def __init__(self, folder: Path):
        self._transitions = _NpyFile(folder / "nextmove.npy", ARRAYS["nextmove"])
        self._weights = _NpyFile(folder / "ptc.npy", ARRAYS["ptc"])
        self._row_of_state = self._small(folder, "nextmove_row", "H")
        self._feature_of_state = self._small(folder, "out_feat", "i")
        self._priors = _NpyFile(folder / "pc.npy", ARRAYS["pc"]).read_all_items()
        self.classes = [label.decode("utf-32-le").rstrip("\x00")
                        for label in _NpyFile(folder / "classes.npy", ARRAYS["classes"]).read_all_items()]
        self._weight_row = struct.Struct(f"<{len(self.classes)}e")
        if self._weights.row_items != len(self.classes) or len(self._priors) != len(self.classes):
            raise ModelLayoutError(f"{folder}: weight table and classes disagree")
        first: dict[str, int] = {}
        # A label may have two columns (a language in two scripts): the library folds the second
        # into the first.
        self._aliases = [(first[label], index) for index, label in enumerate(self.classes)
                         if first.setdefault(label, index) != index]

    @staticmethod
    def _small(folder: Path, name: str, typecode: str) -> array:
        values = array(typecode, _NpyFile(folder / f"{name}.npy", ARRAYS[name]).read_all())
        if sys.byteorder != "little":
            values.byteswap()
        return values

    def classify(self, text: str) -> tuple[str, float]:
        """(language, probability), as py3langid's LanguageIdentifier(norm_probs=True) gives."""
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf-8", "surrogatepass")
        counts = self._feature_counts(data)
        # Each n-gram's row of weights is added in as it is read, not all rows kept and summed per
        # language: a page of text has thousands of n-grams, and their rows of Python floats took
        # tens of MB. The additions are the same, in the same order.
        totals = [0.0] * len(self.classes)
        for feature, count in counts.items():
            row = self._weight_row.unpack(self._weights.read_row(feature))
            totals = list(map(operator.add, totals, map(operator.mul, row, repeat(math.log1p(count)))))
        scores = [prior + total for prior, total in zip(self._priors, totals)] if counts else totals
        temperature = 1.0 / math.sqrt(len(data) or 1)
        top = max(scores) * temperature
        exponentials = [math.exp(score * temperature - top) for score in scores]
        total = sum(exponentials)
        probabilities = [value / total for value in exponentials]
        for kept, folded in self._aliases:
            probabilities[kept] += probabilities[folded]
            probabilities[folded] = 0.0
        best = max(range(len(probabilities)), key=probabilities.__getitem__)
        return self.classes[best], probabilities[best]

    def _feature_counts(self, data: bytes) -> Counter[int]:
        """The model's n-grams found in `data`, by walking its transition table byte by byte."""
        counts: Counter[int] = Counter()
        state = 0
        transition, rows, features = self._transitions.read_item, self._row_of_state, self._feature_of_state
        for byte in data:
            state = transition((rows[state] << 8) + byte)
            feature = features[state]
            if feature >= 0:
                counts[feature] += 1
        return counts


class _NpyFile:
    """An .npy file of a known element type, read by element, by row, or whole."""

    def __init__(self, path: Path, descr: str):
        self._file = open(path, "rb")  # noqa: SIM115 - read for the life of the process
        header = self._file.read(10)
        if not header.startswith(_NPY_MAGIC):
            raise ModelLayoutError(f"{path}: not an .npy file")
        length_size = 2 if header[6] == 1 else 4  # format version 1 or 2
        length = int.from_bytes(header[8:8 + length_size], "little")
        self._file.seek(8 + length_size)
        fields = ast.literal_eval(self._file.read(length).decode("latin-1"))
        if fields.get("descr") != descr or fields.get("fortran_order"):
            raise ModelLayoutError(f"{path}: {fields.get('descr')!r}, expected {descr!r}")
        self._start = 8 + length_size + length
        self.shape = tuple(fields["shape"])
        self._item = struct.Struct(_ITEM_FORMATS[descr])
        self.row_items = math.prod(self.shape[1:])
        self._row_size = self._item.size * self.row_items

    def read_item(self, index: int):
        return self._item.unpack(os.pread(self._file.fileno(), self._item.size, self._start + index * self._item.size))[0]

    def read_row(self, index: int) -> bytes:
        return os.pread(self._file.fileno(), self._row_size, self._start + index * self._row_size)

    def read_all(self) -> bytes:
        return os.pread(self._file.fileno(), self._item.size * math.prod(self.shape), self._start)

    def read_all_items(self) -> list:
        return [value for (value,) in self._item.iter_unpack(self.read_all())]


def disk_model() -> DiskModel:
    """The model from the cache, unpacked there first if need be (OSError: no cache to be had)."""
    import importlib.metadata  # here, not at the top: a conversion that asks about no language pays nothing

    packed = packed_model()
    folder = model_cache() / f"py3langid-{importlib.metadata.version('py3langid')}-{packed.stat().st_size}"
    if not folder.is_dir():
        _unpack(packed, folder)
    return DiskModel(folder)


def library_identifier():
    """py3langid's own identifier, the model loaded whole."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _unpack(packed: Path, folder: Path) -> None:
    """Write the npz's members (each an .npy file) into `folder`, streaming, never whole in memory.

    Unpacked beside it and renamed into place, so that processes starting together never read a
    half-written model: the one that renames second drops its copy.
    """
    import lzma
    import zipfile

    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        with tempfile.TemporaryFile() as npz:
            with lzma.open(packed) as source:
                shutil.copyfileobj(source, npz, 1 << 20)
            npz.seek(0)
            with zipfile.ZipFile(npz) as archive:
                for member in archive.namelist():
                    with archive.open(member) as stored, open(staging / Path(member).name, "wb") as target:
                        shutil.copyfileobj(stored, target, 1 << 20)
        staging.rename(folder)
    except OSError:
        if not folder.is_dir():
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
