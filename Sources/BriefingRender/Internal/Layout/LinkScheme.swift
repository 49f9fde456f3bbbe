/// Which web addresses become clickable in the PDF: http, https and mailto only.
///
/// Why: article metadata is written by whoever wrote the feed. A `javascript:`, `file:` or
/// `launch:` address would make a click in the briefing run script or open a local file in the
/// reader's viewer; such addresses are still printed as text, never made links.
enum LinkScheme {
    static let allowed: Set<String> = ["http", "https", "mailto"]

    /// True when `url` starts with an allowed scheme and a colon, with nothing before it.
    static func isClickable(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return false }
        return allowed.contains(scheme.lowercased())
    }
}
