//! The analysis model: options in, annotations and a summary out, shaped as ANNOTATION.md and the JS API expect.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What the caller may choose. Every field has a default, so `{}` from JS and
/// `Options::default()` from Rust both mean "detect everything automatically".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct Options {
    /// `"en"`, `"ro"` (any language code [`crate::lang`] knows) or `"auto"` /
    /// empty to detect it from the text. Forcing matters for short snippets
    /// where detection has little to go on.
    pub lang: Option<String>,
    /// The page's own `lang` attribute (`"ro-RO"`, `"en"`), if any. With
    /// `lang` on auto it wins over detection: the page author knows best.
    pub page_lang: Option<String>,
}

impl Options {
    /// Checks the options a caller gave: an unknown language is an error
    /// here (the CLI and the JS API report it), while [`crate::analyze`]
    /// itself stays infallible and falls back to detection.
    pub fn validate(&self) -> Result<(), String> {
        if let Some(lang) = self.lang.as_deref().map(str::trim).filter(|l| !l.is_empty() && *l != "auto") {
            if crate::lang::Language::by_code(lang).is_none() {
                let mut known = String::new();
                for (i, l) in crate::lang::LANGUAGES.iter().enumerate() {
                    known.push_str(if i > 0 { ", " } else { "" });
                    known.push_str(l.code);
                }
                return Err(format!("unknown language \"{lang}\"; use \"auto\" or one of {known}"));
            }
        }
        Ok(())
    }
}

/// The three things sourcelight marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A stretch inside quotation marks reproducing someone's words.
    Quote,
    /// An expression stating a quantity.
    Number,
    /// An explicit mention of where information comes from.
    Source,
}

/// What kind of thing a source is (ANNOTATION.md §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceType {
    /// A named human being.
    Person,
    /// News media and agencies.
    Outlet,
    /// Ministries, institutes, companies, parties, courts, international bodies.
    Organization,
    /// A named report or law that is itself the source.
    Document,
    /// A picture credit.
    Photo,
}

impl SourceType {
    /// The lowercase name used in JSON and in the language data files.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceType::Person => "person",
            SourceType::Outlet => "outlet",
            SourceType::Organization => "organization",
            SourceType::Document => "document",
            SourceType::Photo => "photo",
        }
    }

    /// Parses the names [`SourceType::as_str`] gives.
    pub fn parse(s: &str) -> Option<SourceType> {
        Some(match s {
            "person" => SourceType::Person,
            "outlet" => SourceType::Outlet,
            "organization" | "organisation" => SourceType::Organization,
            "document" => SourceType::Document,
            "photo" => SourceType::Photo,
            _ => return None,
        })
    }
}

/// How a number's stated value relates to the real quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Approx {
    /// `more than`, `over`, `peste`.
    #[serde(rename = ">")]
    More,
    /// `at least`, `cel puțin`.
    #[serde(rename = ">=")]
    AtLeast,
    /// `under`, `less than`, `sub`.
    #[serde(rename = "<")]
    Less,
    /// `up to`, `până la`.
    #[serde(rename = "<=")]
    AtMost,
    /// `about`, `nearly`, `circa`.
    #[serde(rename = "~")]
    About,
}

impl Approx {
    /// The symbol ANNOTATION.md uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Approx::More => ">",
            Approx::AtLeast => ">=",
            Approx::Less => "<",
            Approx::AtMost => "<=",
            Approx::About => "~",
        }
    }

    /// Parses the symbols [`Approx::as_str`] gives (used by language data).
    pub fn parse(s: &str) -> Option<Approx> {
        Some(match s {
            ">" => Approx::More,
            ">=" => Approx::AtLeast,
            "<" => Approx::Less,
            "<=" => Approx::AtMost,
            "~" => Approx::About,
            _ => return None,
        })
    }
}

/// The kind-specific fields of an annotation, flattened into it in JSON
/// (see `impl Serialize for Annotation`).
#[derive(Clone, Debug, PartialEq)]
pub enum Fields {
    /// Fields of a quote.
    Quote {
        /// Most specific name of who is quoted, titles dropped; `None` when
        /// nobody is named anywhere (an anonymous quote).
        speaker: Option<String>,
        /// The word or phrase tying quote and speaker (`said`, `a declarat`).
        cue: Option<String>,
    },
    /// Fields of a numeric claim.
    Number {
        /// The value after scale (`$100 billion` → 1e11); a range's low end.
        value: f64,
        /// A range's high end.
        high: Option<f64>,
        /// `%`, `pp`, an ISO 4217 code, an SI-style symbol, or `None`.
        unit: Option<String>,
        /// The approximator, if any.
        approx: Option<Approx>,
        /// Whether linking found a source for this claim; the reader's main
        /// question about a number.
        sourced: bool,
    },
    /// Fields of a source attribution.
    Source {
        /// The span's text, trimmed.
        name: String,
        /// What kind of source it is (`type` in JSON).
        source_type: SourceType,
        /// The cue that makes it an attribution (`according to`, `Sursa foto:`).
        cue: Option<String>,
    },
}

/// One mark on the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    /// Quote, number or source.
    pub kind: Kind,
    /// Start in UTF-16 code units (filled at the boundary by [`crate::utf16`]).
    pub start: usize,
    /// End (exclusive) in UTF-16 code units.
    pub end: usize,
    /// The exact text of the span, so consumers need not slice it themselves.
    pub text: String,
    /// Kind-specific fields (flattened into the annotation in JSON).
    pub fields: Fields,
    /// The summary source entry this annotation belongs to or is supported
    /// by (`summary.sources[i].id`); `None` when unsourced or anonymous.
    pub source_id: Option<usize>,
    /// UTF-8 byte range in the analysed text: the engine's own unit (not
    /// serialised).
    pub bytes: Range<usize>,
}

/// Written by hand rather than with `#[serde(flatten)]`: the same JSON
/// (common fields, then the kind's own, then `source_id`), without the
/// buffering map serializer that flatten instantiates in the wasm module.
impl Serialize for Annotation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Annotation", 10)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("start", &self.start)?;
        s.serialize_field("end", &self.end)?;
        s.serialize_field("text", &self.text)?;
        match &self.fields {
            Fields::Quote { speaker, cue } => {
                s.serialize_field("speaker", speaker)?;
                s.serialize_field("cue", cue)?;
            }
            Fields::Number { value, high, unit, approx, sourced } => {
                s.serialize_field("value", value)?;
                s.serialize_field("high", high)?;
                s.serialize_field("unit", unit)?;
                s.serialize_field("approx", approx)?;
                s.serialize_field("sourced", sourced)?;
            }
            Fields::Source { name, source_type, cue } => {
                s.serialize_field("name", name)?;
                s.serialize_field("type", source_type)?;
                s.serialize_field("cue", cue)?;
            }
        }
        s.serialize_field("source_id", &self.source_id)?;
        s.end()
    }
}

/// Counts per kind.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Number of quote annotations.
    pub quote: usize,
    /// Number of numeric-claim annotations.
    pub number: usize,
    /// Number of source annotations.
    pub source: usize,
}

/// What a source supports, as indices into `annotations`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Supports {
    /// Quotes whose speaker is this source.
    pub quotes: Vec<usize>,
    /// Numeric claims linked to this source.
    pub numbers: Vec<usize>,
}

/// One distinct source of the article, its mentions merged.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceEntry {
    /// Stable id within this analysis; annotations point here by `source_id`.
    pub id: usize,
    /// The most complete name among the mentions (`Wang Yi`, not `Wang`).
    pub name: String,
    /// The type the mentions agree on.
    #[serde(rename = "type")]
    pub source_type: SourceType,
    /// Indices into `annotations` of its source mentions.
    pub mentions: Vec<usize>,
    /// What it supports.
    pub supports: Supports,
}

/// The reader's overview: what is sourced, by whom, and what is not.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Annotations per kind.
    pub counts: Counts,
    /// Every distinct source, in order of first mention.
    pub sources: Vec<SourceEntry>,
    /// Indices into `annotations` of numeric claims with no source.
    pub unsourced: Vec<usize>,
    /// Indices into `annotations` of quotes with no named speaker.
    pub anonymous: Vec<usize>,
}

/// Everything sourcelight found in one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Analysis {
    /// The language the text was analysed as (`en`, `ro`).
    pub language: String,
    /// Every mark, sorted by start (then by end, longest first).
    pub annotations: Vec<Annotation>,
    /// The overview.
    pub summary: Summary,
    /// Set only when the input could not be analysed at all (too large).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// A quote as the quote engine found it (byte offsets).
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteHit {
    /// The quote including its marks.
    pub span: Range<usize>,
    /// Who says it, if anyone can be named.
    pub speaker: Option<SpeakerRef>,
    /// The cue word or phrase.
    pub cue: Option<String>,
}

/// How a quote's speaker was found.
#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerRef {
    /// The name as output (`Wang Yi`), titles dropped.
    pub name: String,
    /// Where that name is written next to this quote's cue, when it is: such
    /// a mention is itself a source attribution. `None` when the speaker was
    /// inherited or resolved from a pronoun or role.
    pub mention: Option<Range<usize>>,
    /// The type of the speaker (usually a person; an outlet for `…, according
    /// to a CNN report`).
    pub source_type: SourceType,
}

/// A numeric claim as the number engine found it (byte offsets).
#[derive(Clone, Debug, PartialEq)]
pub struct NumberHit {
    /// Approximator, number, scale word and unit.
    pub span: Range<usize>,
    /// Value after scale; the low end of a range.
    pub value: f64,
    /// High end of a range.
    pub high: Option<f64>,
    /// Normalised unit.
    pub unit: Option<String>,
    /// Approximator.
    pub approx: Option<Approx>,
}

/// A source mention as the source engine found it (byte offsets).
#[derive(Clone, Debug, PartialEq)]
pub struct SourceHit {
    /// The source's name only.
    pub span: Range<usize>,
    /// Its type.
    pub source_type: SourceType,
    /// The attribution cue.
    pub cue: Option<String>,
    /// Set when no name is written here: a pronoun or role (`he said`,
    /// `potrivit acestuia`) resolved to this name. Such a hit makes no
    /// annotation; linking uses it to source the claims around it.
    pub resolved: Option<String>,
}
