import BriefingModel
import CCairo
import Foundation

/// The briefing's charts as files of their own (SVG for slides, PNG for email bodies), drawn
/// by the same code and at the same width as in the PDF.
extension DocumentRenderer {
    /// Writes `NN-section.svg` and `NN-section.png` for every chart; returns the paths written.
    func writeCharts(_ briefing: Briefing, to folder: String, dpi: Double) throws -> [String] {
        var written: [String] = []
        for (index, found) in charts(in: compose(briefing)).enumerated() {
            let base = folder + "/" + String(format: "%02d", index + 1) + "-" + Self.slug(found.section)
            let margin = 8.0
            let width = frameWidth
            let height = found.chart.height(forWidth: width)
            let size = (width: width + 2 * margin, height: height + 2 * margin)

            let svgPath = base + ".svg"
            let svg = try SVGSurface(path: svgPath, width: size.width, height: size.height)
            try draw(found.chart, on: svg.handle, width: width, height: height, margin: margin,
                     scale: 1, path: svgPath)
            try svg.finish(path: svgPath)

            let pngPath = base + ".png"
            let scale = dpi / 72
            let png = try ImageSurface(width: Int((size.width * scale).rounded(.up)),
                                       height: Int((size.height * scale).rounded(.up)), path: pngPath)
            try draw(found.chart, on: png.handle, width: width, height: height, margin: margin,
                     scale: scale, path: pngPath)
            try png.writePNG(path: pngPath)
            written += [svgPath, pngPath]
        }
        return written
    }

    private func draw(_ chart: any Chart, on surface: OpaquePointer, width: Double, height: Double,
                      margin: Double, scale: Double, path: String) throws {
        let drawing = DrawingContext(surface: surface)
        if scale != 1 { cairo_scale(drawing.handle, scale, scale) }
        // An opaque white ground: email clients show transparent pictures on dark themes too.
        drawing.fillRect(x: 0, y: 0, width: width + 2 * margin, height: height + 2 * margin,
                         color: StyleColor(red: 1, green: 1, blue: 1))
        let canvas = PageCanvas(drawing: drawing, text: text, style: style, pageNumber: 1,
                                outline: nil, tagsEnabled: false)
        chart.draw(on: canvas, x: margin, y: margin, width: width, height: height)
        if let message = drawing.statusMessage { throw RenderError.cairo(path: path, reason: message) }
    }

    /// The charts of the flow with the section each sits in, in reading order.
    func charts(in flow: [any Flowable]) -> [(section: String, chart: any Chart)] {
        var section = "chart"
        var found: [(section: String, chart: any Chart)] = []
        func visit(_ flowable: any Flowable) {
            if let heading = flowable as? Heading, heading.level == 1 { section = heading.title }
            if let box = flowable as? ChartBox { found.append((section, box.chart)) }
            if let group = flowable as? KeepTogether { group.children.forEach(visit) }
        }
        flow.forEach(visit)
        return found
    }

    /// "Executive summary" -> "executive-summary": safe in any file system and URL.
    static func slug(_ title: String) -> String {
        var out = ""
        for scalar in title.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "chart" : String(out.prefix(40))
    }
}
