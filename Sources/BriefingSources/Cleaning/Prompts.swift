/// Calls to action that pages put between paragraphs: share, subscribe, follow, comment, send us
/// your story. A line is a prompt when it opens with one of these verbs' phrases; a news
/// sentence that only mentions them does not.
enum Prompts {
    static func isPrompt(_ line: String) -> Bool {
        // ASCII lower case: every phrase below is ASCII, and this is asked of every short line.
        var line = line
        let lower = line.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() { buffer[index] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
                return bytes.count
            }
        }
        if lower.utf8.count <= 40, exactLines.contains(withoutEdgePunctuation(lower)) { return true }
        return openings.contains { lower.utf8.starts(with: $0.utf8) } || containedPhrases.contains { lower.hasBytes($0) }
            || isFollowPrompt(lower)
    }

    /// "Share this ›" as "share this". On bytes when both ends are ASCII (nearly always).
    static func withoutEdgePunctuation(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard let first = bytes.first, let last = bytes.last, first < 0x80, last < 0x80 else {
            return String(line.drop(while: \.isPunctuation).reversed().drop(while: \.isPunctuation).reversed())
        }
        func isPunctuation(_ byte: UInt8) -> Bool { byte < 0x80 && Character(Unicode.Scalar(byte)).isPunctuation }
        var start = 0
        var end = bytes.count
        while start < end, isPunctuation(bytes[start]) { start += 1 }
        while end > start, isPunctuation(bytes[end - 1]) { end -= 1 }
        return start == 0 && end == bytes.count ? line : String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Lines that are only a button's label.
    static let exactLines: Set<String> = [
        "share", "share this", "share this article", "share this story", "tweet", "email", "print", "comments",
        "advertisement", "advertising", "sponsored", "read more", "continue reading", "related", "related stories",
        "more on this story", "top stories", "most read", "most popular", "help", "reply", "article history",
        "story highlights",
    ]
    /// Prompt openings ("Share this article on…", "Sign up for our newsletter…").
    static let openings: [String] = [
        "share this", "share on ", "sign up for", "sign up to", "subscribe to", "subscribe for", "follow us on",
        "follow us at", "click here", "read more:", "related:", "watch:", "listen:", "get the latest",
        "download our app", "join the conversation", "comments (", "have your say", "send us your",
        // Counters and buttons: "Recommend (45)", "Email this to a friend", "Print this page".
        "recommend (", "share (", "shares (", "reply (", "replies (", "email this", "e-mail this", "print this",
        "follow @",
        // Taxonomy and media labels: "Filed under: …", "Image caption …", "Media playback is unsupported…".
        "filed under", "tags:", "topics:", "categories:", "image caption", "media caption", "picture caption",
        "caption:", "image copyright", "media playback is",
        // The page speaking of itself ("This live page is part of a trial...", "This article is
        // more than 5 years old"): about the page, never the news.
        "this page ", "this live page", "this article is ", "this article was ", "this blog is ", "this blog has ",
    ]
    /// Phrases of reader-contribution and rights notices, whatever the line opens with (the line
    /// is short: see `BoilerplateCleaner.isFurnitureLine`).
    static let containedPhrases: [String] = [
        "comments may be published", "will never be published", "read the terms and conditions", ", get in touch",
        "all rights reserved", "may not be published, broadcast", "send us your",
        // Contributor notes: "Jo Roe contributed to this report.", "Additional reporting by …".
        "contributed to this report", "contributed reporting", "additional reporting by",
    ]

    /// "Follow Jo Roe on Twitter": a follow prompt names the network it ends with.
    static func isFollowPrompt(_ lower: String) -> Bool {
        lower.utf8.starts(with: "follow ".utf8) && networks.contains { lower.utf8.reversed().starts(with: $0.utf8.reversed()) }
    }

    static let networks = ["on twitter", "on facebook", "on instagram", "on twitter.", "on facebook.", "on instagram."]
}
