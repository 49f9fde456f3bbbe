import Foundation
import TestSupport
import Testing

/// A day of breaking news with publication times: the built briefing's timeline is drawn by the
/// hour, the times reach the JSON model, and rendering that model again keeps the hour axis.
@Suite struct HourTimelineTests {
    static let reports = [
        "Smoke rose over the Riverside chemical plant in Northport as firefighters arrived before dawn.",
        "Residents near the harbour were told to keep windows closed while the plume drifted east.",
        "Schools across the county cancelled lessons and sent pupils home on buses.",
        "The operator said every worker on the night shift had been accounted for by mid-morning.",
        "Air quality monitors recorded sulphur dioxide well above safe limits downwind.",
        "The governor declared a state of emergency and asked neighbouring counties for engines.",
        "Shares in the operating company fell by a fifth in afternoon trading in London.",
        "Hospitals treated dozens of people for coughing and sore eyes, a health official said.",
        "Rail services into the city were halted while crews cooled storage tanks with foam.",
        "Union representatives demanded an independent inquiry into maintenance at the site.",
        "Firefighters brought the blaze under control in the evening, the fire chief said.",
        "Investigators from the safety board will reach the plant to examine the cause.",
    ]

    func writeDay(_ folder: TemporaryFolder) throws -> String {
        let lines = Self.reports.enumerated().map { index, text in
            let hour = 7 + index * 15 / 11
            return #"{"id": "r\#(index + 1)", "time": "2024-12-05T\#(String(format: "%02d", hour)):00:00", "text": "\#(text)"}"#
        }
        return try folder.write("day.jsonl", lines.joined(separator: "\n") + "\n")
    }

    @Test func aTimedDayIsDrawnByTheHour() async throws {
        let folder = try TemporaryFolder()
        let input = try writeDay(folder)
        let pdf = folder.path + "/day.pdf"
        let environment = ["SOURCE_DATE_EPOCH": "1733356800"]
        let built = try await Run(Package.binary, ["build", input, "-o", pdf], environment: environment)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(try await Run("qpdf", ["--check", pdf]).status == 0)
        let text = try await Run("pdftotext", [pdf, "-"]).stdout
        #expect(text.contains("Articles per hour"))
        // The first tick names the day and the hour.
        #expect(text.range(of: #"5 Dec [0-2][0-9]:00"#, options: .regularExpression) != nil)
        let ticks = ["08:00", "09:00", "10:00", "12:00", "15:00", "18:00", "21:00", "24:00"].filter { text.contains($0) }
        #expect(ticks.count >= 3, "hour ticks on the axis: \(ticks)")
        #expect(!text.contains("Articles per day"))

        // The times reach the model, and the model renders by the hour again.
        let json = folder.path + "/day.json"
        let analyzed = try await Run(Package.binary, ["analyze", input, "--json", "-o", json], environment: environment)
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        let model = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        let articles = model["articles"] as? [[String: Any]] ?? []
        #expect(articles.first { $0["id"] as? String == "r1" }?["time"] as? String == "07:00")
        let rendered = folder.path + "/again.pdf"
        let render = try await Run(Package.binary, ["render", json, "-o", rendered], environment: environment)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(try await Run("pdftotext", [rendered, "-"]).stdout.contains("Articles per hour"))
    }
}
