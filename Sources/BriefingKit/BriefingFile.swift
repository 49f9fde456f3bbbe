import BriefingModel
import Foundation

/// Reads a briefing model back from the JSON that `briefing analyze --json` wrote.
///
/// Why: the model is the seam between analysis and layout. An analyst can analyse once, correct
/// the JSON by hand (drop a participant, reword a topic) and render it in any style, without
/// mining the articles again. A broken file must say where it is broken, as the readers do.
public enum BriefingFile {
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var path: String
        public var reason: String
        /// 1-based, when the problem is a JSON syntax error at a known place.
        public var line: Int?

        public init(path: String, reason: String, line: Int? = nil) {
            self.path = path
            self.reason = reason
            self.line = line
        }

        public var description: String {
            "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)"
        }
    }

    public static func load(_ path: String) throws -> Briefing {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Failure(path: path, reason: "cannot be read (\(error.localizedDescription))")
        }
        if let number = ModelNumbers.outOfRange(in: data) {
            throw Failure(path: path, reason: "field '\(number.field)': \(number.value) is beyond any count a briefing holds (at most \(Int(ModelNumbers.limit)))")
        }
        do {
            return try Briefing.decode(json: data)
        } catch let error as DecodingError {
            throw failure(error, path: path, data: data)
        } catch {
            throw Failure(path: path, reason: "is not a briefing JSON file (\(error))")
        }
    }

    /// Turns a decoding error into a sentence naming the field (`participants[3].kind`) and, for
    /// syntax errors, the line.
    static func failure(_ error: DecodingError, path: String, data: Data) -> Failure {
        switch error {
        case .keyNotFound(let key, let context):
            return Failure(path: path, reason: "missing field '\(fieldPath(context.codingPath + [key]))'")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return Failure(path: path, reason: "field '\(fieldPath(context.codingPath))': \(context.debugDescription)")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let problem = syntaxProblem(data)
                return Failure(path: path, reason: "is not valid JSON (\(problem.detail))",
                               line: problem.offset.map { line(atOffset: $0, in: data) })
            }
            return Failure(path: path, reason: "field '\(fieldPath(context.codingPath))': \(context.debugDescription)")
        @unknown default:
            return Failure(path: path, reason: "\(error)")
        }
    }

    static func fieldPath(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out
    }

    /// JSONDecoder on Linux says only "not valid JSON"; JSONSerialization still tells where
    /// ("Invalid value around character 9."), so the file is parsed again to find the place.
    private static func syntaxProblem(_ data: Data) -> (detail: String, offset: Int?) {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
            return ("not valid JSON", nil)
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            guard let range = text.range(of: #"character \d+"#, options: .regularExpression) else { return (text, nil) }
            return (text, Int(text[range].dropFirst("character ".count)))
        }
    }

    /// The 1-based line holding a byte offset.
    static func line(atOffset offset: Int, in data: Data) -> Int {
        data.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}
