import BriefingModel
import BriefingSupport
import Foundation

/// Reads articles from files and folders (folders recursively, in path order), whatever their
/// format: plain text, Markdown with front matter, news-please JSON, JSON Lines, RSS and Atom.
///
/// A bad file never stops the read: it is skipped and named with its reason (and line and column
/// where the format says), so one corrupt download does not cost the analyst the week's briefing.
/// Only inputs that yield nothing at all are an error — or any bad file, in strict mode.
public struct CorpusReader: Sendable {
    /// Files larger than this are refused rather than read into memory.
    public var maximumFileSize: Int
    /// Stop at the first file that cannot be read instead of skipping it.
    public var strict: Bool

    public init(maximumFileSize: Int = 64 << 20, strict: Bool = false) {
        self.maximumFileSize = maximumFileSize
        self.strict = strict
    }

    /// `progress` hears each file read, from the reading threads.
    public func read(_ inputs: [String], progress: @Sendable (Int) -> Void = { _ in }) throws -> ReadResult {
        var result = ReadResult()
        for input in inputs {
            let listing = try list(input)
            result.skipped += listing.skipped
            result.warnings += listing.warnings
            LibXML2Setup.ensure()  // before the cores start parsing side by side
            let outcomes = ParallelMap.map(listing.files) { file in
                defer { progress(1) }
                return readFile(file)
            }
            for (file, outcome) in zip(listing.files, outcomes) {
                if let failure = outcome.failure {
                    result.skipped.append(SkippedFile(path: file.path, reason: failure.message,
                                                      line: failure.line, column: failure.column))
                }
                result.skipped += outcome.skipped
                if let unlisted = outcome.unlistedSummary(path: file.path) { result.skipped.append(unlisted) }
                result.warnings += outcome.warnings.map { "\(file.path): \($0)" }
                for var article in outcome.articles {
                    for manifest in listing.manifests where manifest.covers(file.relativePath) {
                        manifest.apply(to: &article, relativePath: file.relativePath)
                    }
                    result.articles.append(article)
                }
            }
        }
        CanonicalOrder.apply(to: &result)
        if strict, let first = result.skipped.first {
            throw ReadError.badFile(location: first.location, reason: first.reason)
        }
        result.warnings += ArticleIDs.makeUnique(&result.articles)
        if result.articles.isEmpty {
            throw ReadError.nothingReadable(paths: inputs, skipped: result.skipped)
        }
        return result
    }

    /// The files under one input, and the sidecar manifests found among them.
    struct Listing {
        var files: [ArticleFile] = []
        var manifests: [SourcesManifest] = []
        var skipped: [SkippedFile] = []
        var warnings: [String] = []
    }

    /// The article files under one input (a file, or a folder walked recursively), sorted by path.
    func list(_ input: String) throws -> Listing {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
            throw ReadError.missingInput(path: input)
        }
        guard isFolder.boolValue else {
            return Listing(files: [ArticleFile(path: input, relativePath: PathParts.lastComponent(of: input))])
        }
        let walker = FolderWalker(root: input, shown: input.hasSuffix("/") ? String(input.dropLast()) : input)
        var listing = Listing(skipped: walker.skipped)
        listing.warnings = walker.warnings
        for relative in walker.files {
            let file = ArticleFile(path: (input.hasSuffix("/") ? input : input + "/") + relative, relativePath: relative)
            if file.name == SourcesManifest.fileName {
                readManifest(file, into: &listing)
            } else {
                listing.files.append(file)
            }
        }
        if listing.files.isEmpty { throw ReadError.emptyFolder(path: input) }
        listing.files.sort { $0.path < $1.path }
        return listing
    }

    func readManifest(_ file: ArticleFile, into listing: inout Listing) {
        let relativeFolder = PathParts.folder(of: file.relativePath)
        let folder = relativeFolder == "." ? "" : relativeFolder
        do {
            let text = try String(contentsOfFile: file.path, encoding: .utf8)
            listing.manifests.append(try SourcesManifest(text: text, folder: folder, path: file.path))
        } catch let problem as FormatProblem {
            listing.skipped.append(SkippedFile(path: file.path, reason: problem.message, line: problem.line, column: problem.column))
        } catch {
            listing.skipped.append(SkippedFile(path: file.path, reason: "cannot be read as UTF-8 TOML"))
        }
    }

    /// Reads one file; pure apart from the file read, so files are read in parallel.
    func readFile(_ file: ArticleFile) -> FileOutcome {
        if ArticleFormat.ignoredExtensions.contains(file.fileExtension) {
            return .failed(FormatProblem("not a supported article format (.\(file.fileExtension))"))
        }
        let data: Data
        switch FileBytes.read(file.path, limit: maximumFileSize) {
        case .bytes(let bytes): data = bytes
        case .tooLarge(let size):
            return .failed(FormatProblem("file is \(size) bytes, above the limit of \(maximumFileSize) (--max-file-size)"))
        case .failed(let reason): return .failed(FormatProblem("cannot be read (\(reason))"))
        }
        if data.isEmpty { return .failed(FormatProblem("empty file")) }
        // Web pages carry their own charset and are parsed from bytes: no decoding pass first.
        if ArticleFormat.isWebPage(data, fileExtension: file.fileExtension) { return WebPageArticle.parse(data, file: file) }
        let decoded = DecodedText(data)
        guard let text = decoded.text else { return .failed(FormatProblem("binary data, not text")) }
        guard let format = ArticleFormat.detect(text: text, fileExtension: file.fileExtension) else {
            return .failed(FormatProblem("not a supported article format (.\(file.fileExtension))"))
        }
        var outcome: FileOutcome
        switch format {
        case .plainText:
            guard let article = PlainTextArticle.parse(text, id: file.id, path: file.path) else {
                return .failed(FormatProblem("holds only white space"))
            }
            outcome = FileOutcome(articles: [article])
        case .markdown: outcome = MarkdownArticle.parse(text, file: file)
        case .json: outcome = JSONArticles.parse(text, file: file)
        case .jsonLines: outcome = JSONArticles.parseLines(text, file: file)
        case .feed: outcome = FeedArticles.parse(text, file: file)
        case .html: outcome = WebPageArticle.parse(data, file: file)  // HTML told by content further in
        }
        if case .windows1252 = decoded, format != .html { outcome.warnings.append("not valid UTF-8; decoded as Windows-1252") }
        if outcome.failure == nil && outcome.articles.isEmpty && outcome.skipped.isEmpty {
            outcome.failure = FormatProblem("holds no articles")
        }
        return outcome
    }
}
