@testable import BriefingRender
import Testing

/// Justified text only where the measure holds enough words a line; lists always ragged-right.
struct JustificationTests {
    let text = TextContext()
    let styles = TextStyles(.default)
    let sentence = String(repeating: "The ministers met in Malta to discuss the ceasefire and its verification. ", count: 6)

    @Test func aWideParagraphIsJustifiedAndANarrowOneIsNot() {
        #expect(styles.body.justify, "the default style justifies body text")
        let paragraph = Paragraph(Markup(sentence), style: styles.body, text: text)
        let em = styles.body.font.size
        _ = paragraph.wrap(availableWidth: em * (Paragraph.justifiedMeasure + 5))
        #expect(paragraph.layout.isJustified)
        _ = paragraph.wrap(availableWidth: em * (Paragraph.justifiedMeasure - 5))
        #expect(!paragraph.layout.isJustified, "a narrow measure is set ragged-right")
        _ = paragraph.wrap(availableWidth: em * (Paragraph.justifiedMeasure + 5))
        #expect(paragraph.layout.isJustified, "and justified again when it widens")
    }

    @Test func listItemsAreRaggedEvenInAJustifiedStyle() {
        var itemStyle = styles.listBody
        itemStyle.justify = true
        let list = BulletList(markers: ["•", "•"], bodies: [Markup(sentence), Markup(sentence)], bodyStyle: itemStyle,
                              markerFont: styles.tableBodyFont, markerColor: .init(red: 0, green: 0, blue: 0),
                              indent: 14, itemSpacing: 2, text: text)
        _ = list.wrap(availableWidth: 450)
        #expect(list.items.allSatisfy { !$0.body.layout.isJustified })
    }
}
