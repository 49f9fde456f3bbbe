import BriefingModel
import Foundation

/// Reads articles from files and folders (folders recursively, in path order).
///
/// A bad file never stops the read: it is skipped and named with its reason, so one corrupt
/// download does not cost the analyst the week's briefing. Only inputs that yield nothing at all
/// are an error.
public struct CorpusReader: Sendable {
    /// Files larger than this are refused rather than read into memory.
    public var maximumFileSize: Int

    public init(maximumFileSize: Int = 64 << 20) {
        self.maximumFileSize = maximumFileSize
    }

    public func read(_ inputs: [String]) throws -> ReadResult {
        let files = try inputs.flatMap(list)
        var result = ReadResult()
        var outcomes = [FileOutcome](repeating: .skipped(""), count: files.count)
        outcomes.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                slots[index] = readFile(files[index])
            }
        }
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .article(let article, let warning):
                result.articles.append(article)
                if let warning { result.warnings.append("\(file.path): \(warning)") }
            case .skipped(let reason):
                result.skipped.append(SkippedFile(path: file.path, reason: reason))
            }
        }
        if result.articles.isEmpty {
            throw ReadError.nothingReadable(paths: inputs, skipped: result.skipped.count)
        }
        return result
    }

    /// The article files under one input (a file, or a folder walked recursively), sorted by path.
    func list(_ input: String) throws -> [ArticleFile] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
            throw ReadError.missingInput(path: input)
        }
        guard isFolder.boolValue else {
            let name = (input as NSString).lastPathComponent
            return [ArticleFile(path: input, relativePath: name)]
        }
        let root = URL(fileURLWithPath: input).standardizedFileURL
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                    options: [.skipsHiddenFiles])
        var files: [ArticleFile] = []
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            let shown = input.hasSuffix("/") ? input + relative : input + "/" + relative
            files.append(ArticleFile(path: shown, relativePath: relative))
        }
        if files.isEmpty { throw ReadError.emptyFolder(path: input) }
        return files.sorted { $0.path < $1.path }
    }

    /// Reads one file; pure apart from the file read, so files are read in parallel.
    func readFile(_ file: ArticleFile) -> FileOutcome {
        guard file.isPlainText else {
            return .skipped("not a supported article format (.\(file.fileExtension))")
        }
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
            if size > maximumFileSize {
                return .skipped("file is \(size) bytes, above the limit of \(maximumFileSize)")
            }
            data = try Data(contentsOf: URL(fileURLWithPath: file.path))
        } catch {
            return .skipped("cannot be read (\(error.localizedDescription))")
        }
        if data.isEmpty { return .skipped("empty file") }
        let decoded = DecodedText(data)
        guard let text = decoded.text else { return .skipped("binary data, not text") }
        guard let article = PlainTextArticle.parse(text, id: file.id, path: file.path) else {
            return .skipped("holds only white space")
        }
        if case .windows1252 = decoded {
            return .article(article, warning: "not valid UTF-8; decoded as Windows-1252")
        }
        return .article(article, warning: nil)
    }
}

/// What reading one file gave: an article (perhaps with a warning), or a reason to skip it.
enum FileOutcome: Sendable {
    case article(Article, warning: String?)
    case skipped(String)
}
