/// Names of link targets shared by sections, so a link made in one section finds an anchor set
/// in another.
extension BriefingComposer {
    /// The destination of a participant's entry: give the participants table
    /// `content.rowAnchors` with it, and link names elsewhere with `Markup.link(_:to:)`.
    /// A slug for reading plus a hash, so names differing only in accents or script never clash.
    static func participantDestination(_ name: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return "participant-" + DocumentRenderer.slug(name) + "-" + String(hash, radix: 16)
    }
}
