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
        #"\(?(?:Photograph|Photo|Picture|Illustration|Composite)s?(?: by:? |: )[A-Z][^/.!?\n]{0,60}(?:/[A-Z][A-Za-z&.\-]*(?: (?:Images|Pictures|Photos|Press|News|Agency|Pool))?)+\)?"#)

    /// A skip link's label before the text it skips to: "Skip to a day of the week: …".
    static let skipLink = compile(#"^Skip to [^:.!?]{1,40}(?::\s*|$)"#)

    /// A gallery's or player's label: "Slideshow (25 Images)", "Gallery (12 photos)".
    static let mediaCount = compile(#"^[A-Z][A-Za-z ]{0,30}\(\d+ (?:[Ii]mages|[Pp]hotos|[Pp]ictures|[Vv]ideos|[Ss]lides)\)$"#)

    /// A caption run into the text through a bare date: "Crowds at the court on 25 January 2011
    /// The doctor enters a plea…" -- a capitalised sentence follows the year without a full stop.
    /// Cut only right after a byline (`BoilerplateCleaner.withoutCaptionAfterByline`); elsewhere
    /// the sentence splitter opens a dated entry at such a date.
    static let runInDate = compile(
        #"(?<=[A-Za-z]) (\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d{2}) (?=[A-Z][a-z'’])"#)

    /// A speaker tag after a sentence, where a transcript's turns were run together:
    /// "…thank you. JOHN DOE, EXAMPLE NEWS CORRESPONDENT: Well, …". Two capitalised words or a
    /// title, so an acronym opening a sentence ("NATO said") is no speaker.
    static let inlineSpeakerTag = compile(
        #"(?<=[.!?"”] )(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){1,4}(?:, [A-Z][A-Z0-9 .,'\-()]{1,60})?|[A-Z][A-Z.'\-]+, [A-Z][A-Z0-9 .,'\-()]{1,60}|[A-Z][A-Z.'\-]+ \((?:voice-over|voice over|on camera|off camera|through translator|via telephone|on the phone)\))"# + speakerManner + #": "#)

    /// A transcript's speaker tag at a line's start: "CARL AZUZ, CNN STUDENT NEWS ANCHOR:",
    /// "UNIDENTIFIED MALE:", "BLITZER:".
    static let speakerTag = compile(#"^(?:\(?[A-Z][A-Z.'\-]+\)?(?: [A-Z][A-Z.'\-]+){0,4})(?:, [A-Z][A-Z0-9 .,'\-()]{1,60})?"#
                                    + speakerManner + #": "#)
    /// How a transcript's speaker is heard: "AZUZ (voice-over):", "ROE (through translator):".
    static let speakerManner = #"(?: \((?:voice-over|voice over|on camera|off camera|through translator|via telephone|on the phone)\))?"#

    /// A stage direction of a transcript or a video page: "(BEGIN VIDEOTAPE)", "(COMMERCIAL BREAK)".
    static let stageDirection = compile(#"^\((?:BEGIN|END|COMMERCIAL|CROSSTALK|LAUGHTER|APPLAUSE|VIDEO|AUDIO|SOUNDBITE|VOICE|ON CAMERA|OFF CAMERA)[A-Z ,\-]*\)$"#)

    /// A page's date stamp at a line's start: "9 November 2011 Last updated at 10:48 GMT Help",
    /// "Page last updated at 06:56 GMT, Tuesday, 8 November 2011",
    /// "Updated 1123 GMT (1923 HKT) March 23, 2011", "Last updated: 29 June 2010".
    static let dateStamp = compile("^" + stampDay + #"(?:Page (?:last|Last) updated|Last updated|Last modified|Updated|First published|Published|Posted(?: by [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3})?)"# + stampTail)

    /// The same stamp in mid-line, after a repeated headline ("Oil spill report 6 January 2011
    /// Last updated at 14:30 GMT Help …", "… says sister Page last updated at 08:58 GMT, …"); only
    /// with "Last updated", which nothing but a stamp says.
    static let lastUpdatedStamp = compile(stampDay + "(?:Page [Ll]ast|Last) updated" + stampTail)

    /// A blog post's or live page's stamp at a line's start, perhaps after its writer's name:
    /// "Jo Roe | 09:51 UK time, Friday, 28 May 2010", "16:55 GMT, Tuesday, 23 March 2010".
    /// A clock, a weekday or none, and a full date: a sentence never opens so.
    static let clockStamp = compile(
        #"^(?:[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3} \| )?\d{1,2}[:.]\d{2}(?:\s?(?:[ap]\.?m\.?|AM|PM))?(?:\s?(?:UK time|GMT|BST|UTC|ET|EST|EDT|PT|PST|PDT))?,? (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}),? \d{4}\s*"#)

    /// A photo's credit standing as a line of its own: a name, then the agencies after a slash or
    /// "via" ("Jo Roe/Agency/Getty Images", "Example Ministry via Getty Images", "AP Photo/Jo Roe").
    static let creditLine = compile(
        #"^(?:[A-Z][\w.'’\-]*,? ?){1,6}(?:/| via )(?:[A-Z][\w.'’\-]* ?){1,4}(?:/(?:[A-Z][\w.'’\-]* ?){1,4})*$"#)
    /// The last word of a credit line: an agency's or a photo desk's.
    static let creditEnds = ["Images", "Image", "Photo", "Photos", "Pictures", "AP", "AFP", "Reuters", "EPA", "PA", "Rex",
                             "Shutterstock", "Alamy", "Corbis", "Pool", "Press", "Wire", "Getty", "Handout", "Bloomberg"]

    /// The day some stamps open with: "9 November 2011 ".
    static let stampDay = #"(?:\d{1,2} [A-Z][a-z]+ \d{4},? )?"#
    /// After the keyword: " at 10:48 GMT", ": 29 June 2010", " 1123 GMT (1923 HKT) March 23, 2011",
    /// and the "Help" link BBC pages put after it.
    static let stampTail = #"(?: at| on)?\s*:?(?:\s*(?:\d{1,2}[:.]?\d{2}|\d{1,2} [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4}|\d{4}|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|,|GMT|BST|UTC|ET|EST|EDT|PT|PST|PDT|[A-Z]{3}|UK(?: time)?|\(|\)|[ap]\.?m\.?|AM|PM|-|—|\|))+(?:\s+Help(?=\s|$))?\s*"#

    /// A dateline before a wire story's first sentence: "WASHINGTON (CNN) -- ", "LONDON (Reuters) - ".
    static let dateline = compile(#"^(?:[A-Z][A-Z .'\-]{1,40}(?:, [A-Za-z .]{2,30})? )?\((?:CNN|AP|Reuters|AFP|UPI|Bloomberg|BBC|CNSNews\.com|[A-Z][A-Za-z ]{1,20} News)\)\s*(?:--|—|–|-)\s*"#)

    /// A site's own stamp line: "example.co.uk, Tuesday 1 June 2010 14.33 BST".
    static let siteStamp = compile(#"^[a-z0-9\-]+(?:\.[a-z0-9\-]+)+,"# + stampTail)

    /// A byline standing alone: "Jo Roe for the Example", "Jo Roe and Sam Lee for Example News".
    static let outletByline = compile(
        #"^[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3}(?:,? and [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3})? for (?:the )?[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,3}$"#)

    /// A correspondent's line standing alone: "Jo Roe in Capital City", "Jo Roe in Capital and agencies".
    static let placeByline = compile(
        #"^[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2} in [A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,2}(?:,? and agencies)?$"#)
}
