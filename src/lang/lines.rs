//! Data-file lines: what counts as a comment and a blank line in `src/lang/<code>/*.txt`, shared by the runtime parser and `build.rs` (which ships the files without them).

/// A line's text before its comment: `#` at the start, or ` #` after text
/// (a `#` glued to a word, as in `C#`, is data).
pub fn strip_comment(line: &str) -> &str {
    if !line.contains('#') {
        return line;
    }
    match line.find(" #").or_else(|| line.starts_with('#').then_some(0)) {
        Some(i) => &line[..i],
        None => line,
    }
}

/// The entry or header a raw line holds, trimmed; `None` for comments and blank lines.
pub fn data_line(line: &str) -> Option<&str> {
    let line = strip_comment(line).trim();
    (!line.is_empty()).then_some(line)
}
