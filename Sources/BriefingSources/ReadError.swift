/// Problems that stop a read as a whole: nothing usable could come out of the inputs.
/// (A single bad file is not an error; it is skipped and named in `ReadResult.skipped`.)
import BriefingModel

public enum ReadError: Error, Equatable, CustomStringConvertible {
    case missingInput(path: String)
    case emptyFolder(path: String)
    /// Every input failed; `skipped` says why, file by file.
    case nothingReadable(paths: [String], skipped: [SkippedFile])
    /// Strict mode: the first file that could not be read.
    case badFile(location: String, reason: String)

    /// Enough reasons to see what went wrong (a size limit, a DTD, binary data) without a
    /// screenful per file when thousands failed the same way.
    static let reasonsShown = 10

    public var description: String {
        switch self {
        case .missingInput(let path):
            return "\(path): no such file or folder"
        case .emptyFolder(let path):
            return "\(path): the folder holds no article files"
        case .nothingReadable(let paths, let skipped):
            let inputs = paths.joined(separator: ", ")
            let shown = skipped.prefix(Self.reasonsShown).map { "\n  \($0.location): \($0.reason)" }.joined()
            let more = skipped.count > Self.reasonsShown ? "\n  … and \(skipped.count - Self.reasonsShown) more" : ""
            return "\(inputs): no article could be read (\(skipped.count) file(s) skipped)\(shown)\(more)"
        case .badFile(let location, let reason):
            return "\(location): \(reason) (stopped: --strict)"
        }
    }
}
