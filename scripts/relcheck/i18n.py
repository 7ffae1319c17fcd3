"""Translations: gettext catalogs from ``locales/``, plural forms and dates from Babel.

Babel and its locale data are imported only when a text is first rendered, so that checking a catalog
that has nothing to report does not pay for them. The ``.po`` files are compiled in memory the first
time a language is used; nothing is written to disk and no ``.mo`` file is needed.

Texts are marked for extraction with `N_` (one form) and `Np_` (singular and plural); see the README
for the ``pybabel`` commands that keep ``locales/messages.pot`` and the ``.po`` files up to date.
"""

from __future__ import annotations

import functools
import gettext
import re
from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING

from relcheck.resources import resource

if TYPE_CHECKING:
    from relcheck.result import Message

# The site's languages, the default first. The one list: mkdocs.yml must agree (a test checks it), and
# the catalogs in locales/ are found from it.
LANGUAGES: tuple[str, ...] = ("en", "es", "it", "fr", "ru")
DEFAULT_LANGUAGE = LANGUAGES[0]
LOCALES_DIR = resource("locales")
_BABEL_LOCALE = {"en": "en_GB", "es": "es", "it": "it", "fr": "fr", "ru": "ru"}
# Babel's long Russian date ends in the abbreviation "г.", so a sentence that ends with the date would
# end in "г.."; the word written out ("17 июня 2020 года") reads the same in a sentence or a table cell.
_DATE_FORMAT = {"ru": "d MMMM y 'года'"}


def N_(msgid: str) -> str:
    """Mark a text for extraction; it is translated when rendered."""
    return msgid


def Np_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular/plural pair for extraction (``pybabel extract -k Np_:1,2``)."""
    return singular, plural


@functools.cache
def translator(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of one language (cached); raises `ValueError` for an unknown language.

    The msgids are the English texts and the English catalog repeats them (a test keeps it so), so
    English needs no catalog: the standard library's null translations give the same texts and the
    English plural rule, without importing Babel. That keeps `relcheck check FILE` quick.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    if lang == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    po = LOCALES_DIR / lang / "LC_MESSAGES" / "messages.po"
    with po.open("rb") as fp:
        catalog = read_po(fp, locale=_BABEL_LOCALE[lang])
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer)


def render(message: Message, lang: str = DEFAULT_LANGUAGE) -> str:
    """The text of a `Message` in one language, its parameters rendered in the same language."""
    from relcheck.result import Message

    t = translator(lang)
    params = {k: render(v, lang) if isinstance(v, Message) else v for k, v in message.params.items()}
    if message.plural is not None:
        params.setdefault("num", message.n)
        text = t.ngettext(message.msgid, message.plural, message.n)
    else:
        text = t.gettext(message.msgid)
    return text % params if params else text


def babel_locale(lang: str) -> str:
    """The Babel locale of a site language (British English for ``en``)."""
    return _BABEL_LOCALE[lang]


def format_date(d: date, lang: str) -> str:
    """A date in Babel's long format for the language (English in the British order: 29 October 2018),
    held together by no-break spaces: a line never ends between "6" and "décembre" or before "г."."""
    from babel.dates import format_date as babel_format_date

    written = babel_format_date(d, format=_DATE_FORMAT.get(lang, "long"), locale=_BABEL_LOCALE[lang])
    return written.replace(" ", "\u00a0")


# Letters a language's alphabet files apart, though Unicode writes them as a base letter and a mark:
# Russian Й after И, Spanish Ñ after N. Every other mark is ignored, as dictionaries do.
_OWN_LETTERS = {"ru": "й", "es": "ñ"}


def collation_key(name: str, lang: str = DEFAULT_LANGUAGE) -> tuple[tuple[str, int], ...]:
    """A sort key that ignores case and accents, close to each language's dictionary order."""
    import unicodedata

    own = _OWN_LETTERS.get(lang, "")
    key: list[tuple[str, int]] = []
    for char in unicodedata.normalize("NFC", name.casefold()):
        if char in own:  # sorts after its base letter, before the next one
            key.append((unicodedata.normalize("NFD", char)[0], 1))
            continue
        key.extend((c, 0) for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return tuple(key)


# Where Babel's name of a territory reads oddly for a partner, or sorts away from where a reader looks
# for it (« R.A.S. chinoise de Hong Kong » under R): the name this site uses, reviewed per language.
COUNTRY_NAMES: dict[str, dict[str, str]] = {
    "es": {
        "HK": "Hong Kong (RAE de China)",
        "MO": "Macao (RAE de China)",
        "CI": "Costa de Marfil",
        "TL": "Timor Oriental",
    },
    "fr": {
        "HK": "Hong Kong (R.A.S. de Chine)",
        "MO": "Macao (R.A.S. de Chine)",
        "VC": "Saint-Vincent-et-les-Grenadines",
    },
    "it": {
        "HK": "Hong Kong (RAS della Cina)",
        "MO": "Macao (RAS della Cina)",
        "CD": "Repubblica Democratica del Congo",
        "CG": "Repubblica del Congo",
        "MM": "Myanmar",
    },
    "ru": {
        "CD": "Демократическая Республика Конго",
        "CG": "Республика Конго",
        "HK": "Гонконг",
        "MO": "Макао",
        "MM": "Мьянма",
    },
}
# CLDR's short Russian forms ("Маршалловы о-ва") are for tight spaces; a list has room for the word.
_RUSSIAN_ISLANDS = re.compile(r"\bо-ва\b")


@functools.cache
def country_names(lang: str) -> dict[str, str]:
    """{country code: name} in the reader's language: Babel's names, with this site's overrides."""
    from babel import Locale

    names: dict[str, str] = {
        code: name for code, name in Locale.parse(babel_locale(lang)).territories.items() if name
    }
    if lang == "ru":
        names = {code: _RUSSIAN_ISLANDS.sub("Острова", name) for code, name in names.items()}
    if lang == "it":  # the Italian pages write the straight apostrophe: «Costa d'Avorio»
        names = {code: name.replace("’", "'") for code, name in names.items()}
    names.update(COUNTRY_NAMES.get(lang, {}))
    return names


def country_label(code: str, lang: str) -> str:
    """A country's name with its code, "Spain (ES)"; a name that ends in parentheses takes the code
    inside them, "Myanmar (Burma, MM)", rather than a second pair."""
    name = country_names(lang).get(code, code)
    if name.endswith(")"):
        return f"{name[:-1]}, {code})"
    return f"{name} ({code})"
