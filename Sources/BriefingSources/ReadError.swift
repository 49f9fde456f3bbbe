/// Problems that stop a read as a whole: nothing usable could come out of the inputs.
/// (A single bad file is not an error; it is skipped and named in `ReadResult.skipped`.)
public enum ReadError: Error, Equatable, CustomStringConvertible {
    case missingInput(path: String)
    case emptyFolder(path: String)
    case nothingReadable(paths: [String], skipped: Int)
    /// Strict mode: the first file that could not be read.
    case badFile(location: String, reason: String)

    public var description: String {
        switch self {
        case .missingInput(let path):
            return "\(path): no such file or folder"
        case .emptyFolder(let path):
            return "\(path): the folder holds no article files"
        case .nothingReadable(let paths, let skipped):
            let inputs = paths.joined(separator: ", ")
            return "\(inputs): no article could be read (\(skipped) file(s) skipped)"
        case .badFile(let location, let reason):
            return "\(location): \(reason) (stopped: --strict)"
        }
    }
}
