import Foundation

/// The shapes page furniture takes once a page has been flattened to text, as regular
/// expressions compiled once. Each names a kind, not a site: every outlet's comment system writes
/// "<date> at <time> | Reply", every photo desk "Photograph: <name>/<agency>", every transcript
/// "NAME, TITLE:". Written by the project from those conventions.
enum FurniturePatterns {
    static func compile(_ pattern: String) -> NSRegularExpression {
        // The patterns are literals of this file; a typo is a programming error caught by the tests.
        try! NSRegularExpression(pattern: pattern, options: [])
    }

    /// A comment's header: "March 23, 2011 at 11:06 pm | Reply", "23 March 2011 11:06PM",
    /// or the comment system's own buttons.
    static let commentMarker = compile(
        #"(?:\b\d{4},? (?:at )?\d{1,2}:\d{2} ?(?:[ap]\.?m\.?|[AP]M)?\s*\|\s*(?:Reply|Report abuse|Permalink))|^(?:Reply|Report abuse|Report this comment|Recommend|Flag as inappropriate)$|\|\s*Report abuse"#)

    /// A reader's comment opening with its stamp and handle: "At 12:40 pm on 10 Jun 2010, H
    /// wrote: ...", "On 10 June 2010 at 12:40, jenny wrote: ..." -- a clock and a year, a comma,
    /// a handle of up to three words, "wrote:". A news sentence quoting what someone wrote has
    /// no such stamp before its comma.
    static let commentHeader = compile(
        #"^(?:At |On )?(?:[^,]{0,30}\b(?:19|20)\d{2}\b[^,]{0,12}\b\d{1,2}:\d{2}\b|\d{1,2}:\d{2}\b[^,]{0,30}\b(?:19|20)\d{2}\b)[^,]{0,12},\s*[^\s,]+(?: [^\s,]+){0,2} wrote ?:"#)

    /// A photo credit: "Photograph: Gerald Herbert/AP", "Photo by Jo Bloggs/Getty Images",
    /// "(Picture: Reuters)", "Image copyright AFP", at the end of a caption line.
    static let credit = compile(
        #"(?:^|[\s(])(?:Photograph|Photo|Picture|Pictures|Image|Illustration|Video|Composite|Photo illustration)s?(?: by| credit| copyright)?\s*:?\s*[A-Z][^.!?]{0,80}(?:/[A-Z][^.!?]{0,40})?\)?$"#)

    /// A credit in mid-line, where a flattened page ran a caption into the text: "Photograph:
    /// Gerald Herbert/AP", "Picture: Jo Bloggs/Example Images". The name-slash-agency form is
    /// distinctive enough to cut wherever it stands.
    static let inlineCredit = compile(
        #"\(?(?:Photograph|Photo|Picture|Illustration|Composite)s?(?: by)?: [A-Z][^/.!?\n]{0,60}/[A-Z][A-Za-z&.\-]*(?: (?:Images|Pictures|Photos|Press|News|Agency|Pool))?\)?"#)

    /// A speaker tag after a sentence, where a transcript's turns were run together:
    /// "…thank you. JOHN DOE, EXAMPLE NEWS CORRESPONDENT: Well, …". Two capitalised words or a
    /// title, so an acronym opening a sentence ("NATO said") is no speaker.
    static let inlineSpeakerTag = compile(
        #"(?<=[.!?"”] )(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){1,4}(?:, [A-Z][A-Z0-9 .,'\-()]{1,60})?|[A-Z][A-Z.'\-]+, [A-Z][A-Z0-9 .,'\-()]{1,60}): "#)

    /// A transcript's speaker tag at a line's start: "CARL AZUZ, CNN STUDENT NEWS ANCHOR:",
    /// "UNIDENTIFIED MALE:", "BLITZER:".
    static let speakerTag = compile(#"^(?:\(?[A-Z][A-Z.'\-]+\)?(?: [A-Z][A-Z.'\-]+){0,4})(?:, [A-Z][A-Z0-9 .,'\-()]{1,60})?: "#)

    /// A stage direction of a transcript or a video page: "(BEGIN VIDEOTAPE)", "(COMMERCIAL BREAK)".
    static let stageDirection = compile(#"^\((?:BEGIN|END|COMMERCIAL|CROSSTALK|LAUGHTER|APPLAUSE|VIDEO|AUDIO|SOUNDBITE|VOICE|ON CAMERA|OFF CAMERA)[A-Z ,\-]*\)$"#)

    /// A page's date stamp at a line's start: "9 November 2011 Last updated at 10:48 GMT Help",
    /// "Page last updated at 06:56 GMT, Tuesday, 8 November 2011",
    /// "Updated 1123 GMT (1923 HKT) March 23, 2011", "Last updated: 29 June 2010".
    static let dateStamp = compile("^" + stampDay + #"(?:Page (?:last|Last) updated|Last updated|Updated|First published|Published|Posted)"# + stampTail)

    /// The same stamp in mid-line, after a repeated headline ("Oil spill report 6 January 2011
    /// Last updated at 14:30 GMT Help …"); only with "Last updated", which nothing but a stamp says.
    static let lastUpdatedStamp = compile(stampDay + "Last updated" + stampTail)

    /// The day some stamps open with: "9 November 2011 ".
    static let stampDay = #"(?:\d{1,2} [A-Z][a-z]+ \d{4},? )?"#
    /// After the keyword: " at 10:48 GMT", ": 29 June 2010", " 1123 GMT (1923 HKT) March 23, 2011",
    /// and the "Help" link BBC pages put after it.
    static let stampTail = #"(?: at| on)?\s*:?(?:\s*(?:\d{1,2}[:.]?\d{2}|\d{1,2} [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4}|\d{4}|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|,|GMT|BST|UTC|ET|EST|EDT|PT|PST|PDT|[A-Z]{3}|\(|\)|[ap]\.?m\.?|AM|PM|-|—|\|))+(?:\s+Help(?=\s|$))?\s*"#

    /// A dateline before a wire story's first sentence: "WASHINGTON (CNN) -- ", "LONDON (Reuters) - ".
    static let dateline = compile(#"^[A-Z][A-Z .'\-]{1,40}(?:, [A-Za-z .]{2,30})? \((?:CNN|AP|Reuters|AFP|UPI|Bloomberg|BBC|CNSNews\.com|[A-Z][A-Za-z ]{1,20} News)\)\s*(?:--|—|–|-)\s*"#)
}
