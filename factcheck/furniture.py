"""Page furniture: the lines of a web page that are not the article (menus, bylines, buttons).

Plain regular expressions over one line; generic patterns of news sites, no site's names.
Used by the corpus (to find the title) and by extraction (so furniture never becomes a claim).
"""

from __future__ import annotations

import re

_FURNITURE_LINE = re.compile(
    r"""^(?:
        read\s+(?:more|next|also)\b.* | also\s+read\b.* | related(?:\s+(?:articles?|stories|posts|news|content))?:?
      | more\s+(?:stories|news|on\s+this)\b.* | more\s*:.* | recommended(?:\s+for\s+you)?
      | most\s+(?:read|popular|viewed)
      | leave\s+a\s+(?:reply|comment)\b.* | (?:\d+\s+)?comments? | post\s+a\s+comment | add\s+comment
      | back\s+to\s+top(?:\s+button)? | (?:go\s+to\s+)?top\s+of\s+(?:the\s+)?page | skip\s+to\s+(?:main\s+)?content
      | share(?:\s+(?:this|on\s+\w+|article|story))?:? | (?:tweet|email|print|whatsapp|facebook|twitter|pinterest
        |linkedin|reddit|telegram|copy\s+link|follow\s+by\s+email|subscribe|sign\s+up|log\s*in|sign\s+in|menu|search
        |home|loading|advertisement|sponsored|close|next|previous|trending|newsletter|\W+)
      | (?:follow|like)\s+us\b.* | further\s+reading:? | (?:tags?|topics?|filed\s+under|categories)\s*:.*
      | (?:updated|published|posted|last\s+updated|first\s+published)
        (?:\s+date|\s*:.{0,60}|\s+(?:on|at)\s+.{0,40}\d.{0,20})?
      | \(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b.*
      | (?:by|written\s+by|reporting\s+by|edited\s+by|words\s+by|story\s+by)
        \s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}(?:\s*[,|/-].{0,40})?
      | (?:source|image|photo|picture|video|credit|credits|photograph|illustration|file\s+photo)s?\s*[:|-].{0,80}
      | \d+\.\s+\S+(?:\s+\S+){0,2}
      | (?:image|media|video|photo)\s+caption\b.* | (?:story\s+)?continues?\s+(?:reading|below)\b.*
      | continue\s+reading\b.* | you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)\b.*
      | (?:join|follow)\s+(?:our|us\s+on)\b.* | follow\s+@\w+.* | download\s+(?:the|our)\s+app\b.*
      | (?:sign\s+up|subscribe)\b.{0,60} | listen\s+to\s+this\s+(?:article|story)\b.*
      | \d+\s+min(?:ute)?s?\s+read | editor[’']?s\s+picks? | posted\s+by\b.{0,40}
      | get\s+the\s+latest\b.{0,80} | share\s+this\s+(?:story|article|post)\b.*
      | last\s+modified\b.{0,60} | advertisement\b.{0,40} | (?:watch|listen)\s*:.{0,80}
      | (?:this\s+(?:article|story)\s+(?:was\s+)?(?:originally\s+|first\s+)?(?:published|appeared))\b.*
      | [\w\s]{0,30}\bvia\s+getty\s+images
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

_FURNITURE_ANYWHERE = re.compile(
    r"""(?:your\s+email\s+address\s+will\s+not\s+be\s+published | required\s+fields\s+are\s+marked
      | follow\s+us\s+on\b | sign\s+up\s+for\s+(?:our|the)\s+newsletter | click\s+here\b
      | all\s+rights\s+reserved | ©\s*\d{4} | cookies?\s+policy | privacy\s+policy | terms\s+of\s+(?:use|service)
      | \bwe\s+use\s+cookies\b | \bdelivered\s+(?:straight\s+)?to\s+your\s+inbox\b
      | \bcontributed(?:\s+(?:to\s+)?(?:this\s+)?(?:report|article|story|reporting))?\s*\.?\s*$
      | ^[A-Z][\w’']*(?:\s+[A-Z][\w’']*){0,2}\s+(?:covers|writes\s+about|reports\s+on)\s+\w+.{0,80}\bfor\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# A photo credit inside a line: "(Image: X via Y)", "(AFP via Getty)", "(Photo: Reuters)".
_CREDIT = re.compile(
    r"\((?:[^()]{0,40}\bvia\s+[^()]{1,40}|(?:image|photo|picture|credit|file\s+photo|source)s?\s*:[^()]{0,80})\)",
    re.IGNORECASE,
)


# A link with a kicker in capitals: "ANALYSIS | <headline>", "WATCH | <headline>".
_KICKER = re.compile(r"^[A-Z][A-Z&'’-]+(?: [A-Z&'’-]+){0,2} ?\| ?\S")


def is_furniture(line: str) -> bool:
    """True for page furniture: menus, links, bylines, dates, share buttons, comment forms, credits."""
    text = line.strip()
    if not text:
        return True
    if _FURNITURE_LINE.match(text) or _FURNITURE_ANYWHERE.search(text) or is_kicker_link(text):
        return True
    if _CREDIT.search(text):
        return True
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    if not words:
        return True
    # A short line of capitalised words with no sentence verb: a slogan, a name, a menu entry.
    return len(words) <= 4 and all(w[0].isupper() for w in words)


def is_kicker_link(line: str) -> bool:
    """A link to another story under a kicker in capitals ("ANALYSIS | <headline>"): the lines around it
    without a closing stop are links of the same list (`segment.link_list`)."""
    return _KICKER.match(line.strip()) is not None
