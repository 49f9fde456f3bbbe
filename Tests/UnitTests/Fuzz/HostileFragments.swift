/// Pieces of text that have broken readers before, or that readers' grammars treat specially;
/// generated inputs are ordinary articles with these spliced in at random places.
enum HostileFragments {
    static let all: [String] = [
        "[", "]", "](", "![", "*", "**", "_", "`", "```", "<", ">", "</", "<!--", "-->", "<![CDATA[", "]]>",
        "&amp;", "&x;", "&#0;", "&#xFFFFFFFF;", "<!DOCTYPE rss [", "<!ENTITY a \"b\">", "]>", "<?xml", "?>",
        "\u{0}", "\r", "\r\n", "\n", "\t", "\u{FEFF}", "\u{202E}", "\u{FFFD}", "é", "🙂", "\u{301}",
        "---\n", "*a", "&a ", "<<: *a", "{", "}", "\"", "\\", ":", "[[", "]]", "=", "'''", "\"\"\"",
        "1:9999999999999999999", "99999999999999999999", "-1", "0000-00-00", "9999-12-31", "0001-01-01",
        "last month", "next year", "400 months ago", "yesterday", "December 5, 2024", "Thu, 05 Dec 2024 23:30:00 -0500",
        "javascript:alert(1)", "file:///etc/passwd", "https://example.org/a",
        "President Anna Weber", "said on Monday", ". ", "\"Quote,\" she said.",
    ]
}
