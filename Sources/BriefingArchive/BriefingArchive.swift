import BriefingModel
import Foundation
import GRDB

/// The weekly series' memory: an SQLite file (`archive.sqlite` beside the PDFs) that holds, for
/// each build, its period, its model (deflated JSON) and the fingerprints of its articles.
///
/// Why SQLite through GRDB: one file, transactions (a killed build never leaves a half-written
/// record: each recording is one transaction), and queries by period without reading every
/// model. A period built again replaces its earlier record.
public final class BriefingArchive: Sendable {
    public let path: String
    private let queue: DatabaseQueue

    public enum Failure: Error, CustomStringConvertible {
        /// The file is not an archive (or is damaged); it was renamed to `setAside`.
        case damaged(path: String, setAside: String, reason: String)
        case unusable(path: String, reason: String)

        public var description: String {
            switch self {
            case .damaged(let path, let aside, let reason):
                return "\(path): not a readable briefing archive (\(reason)); set aside as \(aside), a new one is started"
            case .unusable(let path, let reason): return "\(path): cannot open the briefing archive: \(reason)"
            }
        }
    }

    /// Opens (or creates) the archive at `path`. A file that is not a readable archive is never
    /// overwritten: it is renamed aside (`NAME.damaged-N`) and `setAside` reports it, and a new
    /// archive starts in its place.
    public init(path: String, setAside: (Failure) -> Void = { _ in }) throws {
        self.path = path
        do {
            queue = try Self.open(path)
        } catch let error as DatabaseError where Self.isDamage(error) {
            let aside = try Self.setAside(path)
            setAside(.damaged(path: path, setAside: aside, reason: error.message ?? "\(error.resultCode)"))
            queue = try Self.open(path)
        } catch {
            throw Failure.unusable(path: path, reason: "\(error)")
        }
    }

    private static func open(_ path: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path)
        try ArchiveSchema.migrator.migrate(queue)
        return queue
    }

    private static func isDamage(_ error: DatabaseError) -> Bool {
        [.SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_ERROR].contains(error.resultCode)
    }

    /// Renames a damaged file to the first free `NAME.damaged-N`.
    private static func setAside(_ path: String) throws -> String {
        var n = 1
        while FileManager.default.fileExists(atPath: "\(path).damaged-\(n)") { n += 1 }
        let aside = "\(path).damaged-\(n)"
        try FileManager.default.moveItem(atPath: path, toPath: aside)
        for suffix in ["-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
        }
        return aside
    }

    /// What `record` writes for a briefing, made ahead (the JSON encoding and deflating are most
    /// of the cost, and can run while the PDF is drawn).
    public struct Entry: Sendable {
        let key: String
        let first: String?
        let last: String?
        let title: String
        let articles: Int
        let recorded: String
        let model: Data
        let modelSize: Int
        let fingerprints: [String]

        public init(_ briefing: Briefing) throws {
            // Compact JSON (no indentation), deflated: the archive holds a model a week for years.
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let json = try encoder.encode(briefing)
            key = BriefingArchive.periodKey(first: briefing.corpus.firstDay, last: briefing.corpus.lastDay)
            first = briefing.corpus.firstDay?.description
            last = briefing.corpus.lastDay?.description
            title = briefing.title
            articles = briefing.corpus.articleCount
            recorded = briefing.generated.description
            model = try DeflatedData.deflate(json)
            modelSize = json.count
            fingerprints = Set(briefing.articles.flatMap(\.seriesFingerprints)).sorted()
        }
    }

    /// Records `briefing` (replacing an earlier record of the same period) in one transaction.
    public func record(_ briefing: Briefing) throws {
        try record(Entry(briefing))
    }

    public func record(_ entry: Entry) throws {
        try queue.write { db in
            try db.execute(sql: "DELETE FROM period WHERE key = ?", arguments: [entry.key])
            try db.execute(sql: """
                INSERT INTO period (key, first, last, title, articles, recorded, model, modelSize)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [entry.key, entry.first, entry.last, entry.title, entry.articles, entry.recorded,
                                 entry.model, entry.modelSize])
            let id = db.lastInsertedRowID
            for fingerprint in entry.fingerprints {
                try db.execute(sql: "INSERT INTO article (period, fingerprint) VALUES (?, ?)", arguments: [id, fingerprint])
            }
        }
    }

    /// Every archived period, newest first.
    public func periods() throws -> [ArchivedPeriod] {
        try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, first, last, title, articles, recorded FROM period
                ORDER BY first IS NULL, first DESC, last DESC, id DESC
                """).map(Self.period)
        }
    }

    /// Periods that ended before `day`, newest first: the series before a briefing starting then.
    public func periods(before day: Day) throws -> [ArchivedPeriod] {
        try periods().filter { $0.last.map { $0 < day } ?? false }
    }

    /// The model a period was briefed with.
    public func model(of period: ArchivedPeriod) throws -> Briefing {
        let row = try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT model, modelSize FROM period WHERE id = ?", arguments: [period.id])
        }
        guard let row, let data = row["model"] as Data?, let size = row["modelSize"] as Int? else {
            throw Failure.unusable(path: path, reason: "period \(period.period) has no model")
        }
        return try Briefing.decode(json: DeflatedData.inflate(data, size: size))
    }

    /// Fingerprints of every article briefed in periods that ended before `day`.
    public func briefedFingerprints(before day: Day) throws -> Set<String> {
        try queue.read { db in
            Set(try String.fetchAll(db, sql: """
                SELECT DISTINCT fingerprint FROM article JOIN period ON period.id = article.period
                WHERE period.last < ?
                """, arguments: [day.description]))
        }
    }

    static func periodKey(first: Day?, last: Day?) -> String {
        guard let first, let last else { return "undated" }
        return "\(first)/\(last)"
    }

    private static func period(_ row: Row) -> ArchivedPeriod {
        ArchivedPeriod(id: row["id"], first: (row["first"] as String?).flatMap { Day(iso: $0) },
                       last: (row["last"] as String?).flatMap { Day(iso: $0) }, title: row["title"],
                       articles: row["articles"],
                       recorded: (row["recorded"] as String?).flatMap { Day(iso: $0) } ?? Day(ordinal: 0))
    }
}
