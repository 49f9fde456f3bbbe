import GRDB

/// The archive's tables, created and upgraded by GRDB's migrator (each migration once, in a
/// transaction). `period`: one row a build, keyed by its first and last day; `article`: the
/// fingerprints each period briefed, so an item a feed repeats is known as already briefed.
enum ArchiveSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "period") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("key", .text).notNull().unique()
                t.column("first", .text)
                t.column("last", .text)
                t.column("title", .text).notNull()
                t.column("articles", .integer).notNull()
                t.column("recorded", .text).notNull()
                t.column("model", .blob).notNull()
                t.column("modelSize", .integer).notNull()
            }
            try db.create(table: "article") { t in
                t.column("period", .integer).notNull().references("period", onDelete: .cascade)
                t.column("fingerprint", .text).notNull()
                t.primaryKey(["period", "fingerprint"])
            }
            try db.create(index: "article_fingerprint", on: "article", columns: ["fingerprint"])
        }
        return migrator
    }
}
