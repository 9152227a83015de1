"""Letter parts: address lines and salutation (opener), valediction, signature and dateline
(closer), postscript.

A text is read as a letter when a salutation or From:/To: lines stand among its first blocks.
Salutations met later open a new section (or, after a closer, a new letter); a pass groups them.
"""

from __future__ import annotations

import re

from ..model import Address, Closer, Correspondence, Dateline, Inline, Opener, Paragraph, Person, Postscript, Salutation, Signature, Span, Text
from ..reader import ReaderState
from .datelines import date_inlines
from .text import more_words_than, words

SALUTATION = re.compile(
    r"^(?:(?:my\s+)?(?:dear(?:est)?|beloved|hono(?:u)?red|respected|esteemed|most\s+\w+)\s+"
    r"(?:[^.!?]|\b(?:Mr|Mrs|Ms|Dr|Prof|Rev|Hon|Gen|Col|Capt|Lt|Sr|Jr|St|[A-Z])\.){1,60}?"
    r"|(?:dear\s+)?(?:sir|sirs|madam|madame|gentlemen|ladies\s+and\s+gentlemen|comrades?|friends?|colleagues|brethren)"
    r"|to\s+whom\s+it\s+may\s+concern|(?:hi|hello|greetings)(?:\s+[^.!?\s][^.!?]{0,40}?)?)\s*[,:!]?$",
    re.IGNORECASE,
)
# Words that make a short line a valediction ("Yours faithfully,", "With warm regards,").
_VALEDICTION_WORDS = {
    "yours", "sincerely", "faithfully", "truly", "respectfully", "affectionately", "cordially", "fraternally",
    "regards", "greetings", "wishes", "salutations", "love", "thanks", "cheers", "obedient", "devoted",
    "sincere", "warmest", "kindest", "heartfelt", "farewell", "adieu", "solidarity", "comradely", "remain",
    "affectionate", "loving", "dutiful", "humble", "grateful", "faithful", "attached",
}
_ADDRESS = re.compile(r"^(?P<label>From|To|Cc|Bcc|Date|Subject|Re|Sent|Attn|Attention)\s*:\s*(?P<value>.+)$", re.I)
_ADDRESS_ROLES = {"from": "sender", "to": "addressee", "cc": "addressee", "bcc": "addressee", "attn": "addressee",
                  "attention": "addressee", "date": "date", "sent": "date", "subject": "subject", "re": "subject"}
_POSTSCRIPT = re.compile(r"^(?:P\.\s?S\.|PS\b|P\.P\.S\.|N\.\s?B\.)", re.I)
# What follows a signature without being part of it: a note body ("[1] …", "1. …", "* …"), an
# annotation ("[Handwritten: …]"), a rule line before notes.
_AFTER_SIGNATURE = re.compile(r"^(?:\[|\^|\d{1,3}[.)]\s|[*†‡§¹²³⁴⁵⁶⁷⁸⁹]\s?|[-_*=—]{3,}\s*$|notes?\b|footnotes?\b)", re.I)
MAX_SALUTATION_WORDS = 8
MAX_CLOSER_BLOCKS = 5


def is_salutation(text: str) -> bool:
    flat = " ".join(text.split())
    return not more_words_than(flat, MAX_SALUTATION_WORDS) and bool(SALUTATION.match(flat))


def is_valediction(text: str) -> bool:
    flat = " ".join(text.split())
    tokens = [w.lower() for w in words(flat)]
    if not tokens or len(tokens) > 10 or flat.endswith((".", "?", ";", ":")):
        return False
    return bool(_VALEDICTION_WORDS.intersection(tokens))


# A heading that names the text a message sent to someone: "TELEGRAM", "Cablegram received".
_MESSAGE_HEADING = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:telegram|cablegram|cable|airgram|telex|despatch|letter|circular\s+(?:letter|telegram))"
    r"(?:\s+(?:sent|received|no\.?\s*\S+))?[.:]?$", re.I)


def _is_letter(state: ReaderState) -> bool:
    for index, block in enumerate(state.blocks[:8]):
        first = block.first_text
        if is_salutation(first) or _ADDRESS.match(first):
            return True
        if index < 3 and block.line_count == 1 and _MESSAGE_HEADING.match(" ".join(first.split())):
            return True
    return False


def letter(state: ReaderState) -> bool:
    return state.fact("letter", _is_letter)


def opener(state: ReaderState, pos: int) -> int:
    """Address lines, a date and a salutation at the start of a letter; a salutation later on."""
    if not letter(state):
        return 0
    parts: list = []
    taken = 0
    while pos + taken < len(state.blocks):
        block = state.blocks[pos + taken]
        lines = block.lines
        addresses = [_ADDRESS.match(line.text) for line in lines]
        if not state.body_started and all(addresses):
            parts.extend(_address(state, match, line.number) for match, line in zip(addresses, lines))
            taken += 1
            continue
        if not state.body_started and not parts and date_inlines(block.text) and _salutation_follows(state, pos + taken + 1):
            content = date_inlines(block.text) or []
            date_letter(state, content)
            parts.append(Dateline(content, block.line))
            taken += 1
            continue
        if is_salutation(block.first_text):
            if block.line_count > 1:
                state.split_block(pos + taken, 1)
                block = state.blocks[pos + taken]
            parts.append(Salutation([Text(block.text)], block.line))
            taken += 1
        break
    if not parts:
        return 0
    if not state.body_started and state.body and isinstance(state.body[-1], Opener):
        state.body[-1].parts.extend(parts)  # the address fields the catalogue rule read above
        state.body_started = True
    else:
        state.emit(Opener(parts, state.blocks[pos].line))
    return taken


def _salutation_follows(state: ReaderState, pos: int) -> bool:
    return any(is_salutation(b.first_text) for b in state.blocks[pos : pos + 2])


def _address(state: ReaderState, match: re.Match, line: int) -> Address | Dateline:
    role = _ADDRESS_ROLES[match.group("label").lower()]
    return address_line(state, role, match.group(0)[: match.start("value")], match.group("value").strip(), line)


def address_line(state: ReaderState, role: str, label: str, value: str, line: int) -> Address | Dateline:
    """An address line of a letter's opener, `label` ("From: ") as written before its value; a
    sender or addressee also enters the letter's metadata."""
    if role == "date":
        return Dateline([Text(label), *(date_inlines(value) or [Text(value)])], line)
    if role in ("sender", "addressee"):
        party = _party(value)
        correspondence = _correspondence(state)
        (correspondence.senders if role == "sender" else correspondence.addressees).append(party)
        kind = "organisation" if party.kind == "organisation" else "person"
        return Address([Text(label), Span(kind, [Text(value)], {"ref": f"#{party.id}"} if party.id else {})], line, role)
    return Address([Text(label + value)], line, role)


def add_to_opener(state: ReaderState, part: Address | Dateline | Salutation, line: int) -> None:
    """Put an opener's part in the opener at the top of the body, made if there is none yet.

    Fields above a letter ("From:", "To:") are read by the catalogue rule before the body starts;
    the salutation below them joins the same opener."""
    if state.body and isinstance(state.body[-1], Opener):
        state.body[-1].parts.append(part)
    else:
        state.body.append(Opener([part], line))


CORPORATE_NAME_WORDS = re.compile(
    r"\b(?:party|committee|council|government|ministry|department|office|union|league|association|society|"
    r"university|college|company|corporation|bank|embassy|legation|consulate|bureau|relations|international|"
    r"federation|front|movement|organi[sz]ation|institute|foundation|church|club|board|commission|agency|press|"
    r"secretariat|presidium|central)\b",
    re.I,
)


# An office holder is a person even when the office names an organisation.
_OFFICE = re.compile(
    r"^(?:the\s+)?(?:(?:vice|deputy|acting|general|first)[\s-]+)?(?:president|secretary|chairman|chairwoman|chair|"
    r"director|minister|ambassador|head|leader|editor|consul|governor|mayor|commissioner|chancellor|envoy)\b",
    re.I,
)


def _party(name: str) -> Person:
    """A sender or addressee; the people pass gives it its id."""
    kind = "organisation" if CORPORATE_NAME_WORDS.search(name) and not _OFFICE.match(name) else "person"
    return Person("", [" ".join(name.split())], kind)


def _correspondence(state: ReaderState) -> Correspondence:
    if state.metadata.correspondence is None:
        state.metadata.correspondence = Correspondence()
    return state.metadata.correspondence


def closer(state: ReaderState, pos: int) -> int:
    """A valediction followed only by signature lines, a dateline and postscripts."""
    if not letter(state) or not state.body_started:
        return 0
    block = state.blocks[pos]
    if block.line_count > 3:
        return 0
    if not is_valediction(block.text):
        return _signature(state, pos)
    end = _closer_end(state, pos)
    if end is None:
        return 0
    lines = list(block.lines)
    count = _valediction_lines(lines)
    parts: list = [Salutation([Text("\n".join(line.text for line in lines[:count]))], block.line)]
    signature_lines = lines[count:] + [line for following in state.blocks[pos + 1 : end] for line in following.lines]
    for line in signature_lines:
        date = date_inlines(line.text)
        if date:
            parts.append(Dateline(date, line.number))
            date_letter(state, date)
        else:
            parts.append(Signature([Text(line.text)], line.number))
            _sign_letter(state, line.text)
    state.emit(Closer(parts, block.line))
    return end - pos


# A signature standing alone: a name or an office, words capitalised but for a few particles
# ("WALLACE", "J. R. Smith", "Secretary of State"), no sentence punctuation.
_SIGNATURE = re.compile(
    r"^[A-Z][\w'’.-]*(?:,?\s+(?:[A-Z][\w'’.-]*|of|the|de|du|da|del|van|von|der|den|la|le|and|for|ad|interim))*$")
MAX_SIGNATURE_WORDS = 6


def _signature(state: ReaderState, pos: int) -> int:
    """A letter's or telegram's last block, one short line that names its signer, right after a
    paragraph: the closer, a signature without a valediction above it."""
    block = state.blocks[pos]
    text = block.text
    if (block.line_count != 1 or more_words_than(text, MAX_SIGNATURE_WORDS) or not _SIGNATURE.match(text)
            or text.endswith(":") or not state.body or not isinstance(state.body[-1], Paragraph)):
        return 0
    if any(not _AFTER_SIGNATURE.match(after.text) for after in state.blocks[pos + 1 :]):
        return 0  # not the last block of the text (note bodies and annotations may follow)
    if date_inlines(text):
        return 0
    state.emit(Closer([Signature([Text(text)], block.line)], block.line))
    _sign_letter(state, text)
    return 1


def _valediction_lines(lines: list) -> int:
    """How many of a closer block's first lines are the valediction ("Cheers," / "Tom": one)."""
    count = 1
    while count < len(lines) and lines[count - 1].text.endswith(",") and (
        lines[count].text.endswith(",") or is_valediction(lines[count].text)
    ):
        count += 1
    return count


def _closer_end(state: ReaderState, pos: int) -> int | None:
    """Where the closer starting at `pos` ends: at a postscript, a new salutation or the end."""
    end = pos + 1
    while end < len(state.blocks):
        block = state.blocks[end]
        if _POSTSCRIPT.match(block.text) or is_salutation(block.first_text) or _AFTER_SIGNATURE.match(block.text):
            break
        if end - pos >= MAX_CLOSER_BLOCKS or block.line_count > 3 or any(len(words(line)) > 14 for line in block.text.split("\n")):
            return None
        end += 1
    return end


def _sign_letter(state: ReaderState, text: str) -> None:
    correspondence = _correspondence(state)
    if not correspondence.senders:
        correspondence.senders.append(_party(text.rstrip(".")))


def date_letter(state: ReaderState, content: list[Inline]) -> None:
    correspondence = _correspondence(state)
    for node in content:
        if isinstance(node, Span) and node.kind == "date" and correspondence.date is None:
            correspondence.date = node.attrs.get("when")
        if isinstance(node, Span) and node.kind == "place" and correspondence.place is None:
            correspondence.place = "".join(c.text for c in node.children if isinstance(c, Text))


def postscript(state: ReaderState, pos: int) -> int:
    """"P.S. …" and the blocks after it to the end or the next salutation."""
    if not letter(state) or not _POSTSCRIPT.match(state.blocks[pos].text):
        return 0
    end = pos + 1
    while end < len(state.blocks) and not is_salutation(state.blocks[end].first_text):
        if _POSTSCRIPT.match(state.blocks[end].text):
            break
        end += 1
    paragraphs = [Paragraph([Text(b.text)], b.line) for b in state.blocks[pos:end]]
    state.emit(Postscript(paragraphs, state.blocks[pos].line))
    return end - pos
