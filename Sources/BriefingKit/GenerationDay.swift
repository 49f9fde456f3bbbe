import BriefingModel
import Foundation

/// The day a briefing is made. Honours `SOURCE_DATE_EPOCH` (reproducible-builds convention) so the
/// same inputs can give the same document.
public enum GenerationDay {
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Day {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            return Day(Date(timeIntervalSince1970: epoch))
        }
        return Day(Date())
    }
}
