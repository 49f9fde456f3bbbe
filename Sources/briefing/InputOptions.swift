import ArgumentParser

/// The options every command that reads articles shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files or folders (read recursively).")
    var inputs: [String] = ["seeds"]

    @Option(help: "The briefing's title.")
    var title: String?
}
