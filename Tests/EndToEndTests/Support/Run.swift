import Foundation

/// What a finished process printed and returned.
struct Run {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Runs `executable` with `arguments` from `directory` and waits for it.
    /// Tools are found on PATH when `executable` has no slash.
    init(_ executable: String, _ arguments: [String], in directory: String = Package.root,
         environment extra: [String: String] = [:]) async throws {
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Drain both pipes before waiting so a chatty process cannot block on a full pipe.
        let errReader = Task.detached { err.fileHandleForReading.readDataToEndOfFile() }
        let outBytes = out.fileHandleForReading.readDataToEndOfFile()
        let errBytes = await errReader.value
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = String(decoding: outBytes, as: UTF8.self)
        stderr = String(decoding: errBytes, as: UTF8.self)
    }
}

/// Where the package and its freshly built `briefing` binary are.
enum Package {
    /// The checkout: two folders above this file's folder.
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// `swift test` builds the executable beside the test bundle.
    static let binary: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var folder = beside
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("briefing").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return root + "/.build/debug/briefing"
    }()

    static let seeds = root + "/seeds"

    /// The shared evaluation data, when this checkout has it beside it.
    static let sharedData = root + "/../shared/data"
}
