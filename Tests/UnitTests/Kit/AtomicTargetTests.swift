@testable import BriefingKit
import Foundation
import TestSupport
import Testing

/// The atomic rename is right only for a regular file: links are followed, devices and FIFOs
/// written through, and temporary files never left behind.
@Suite struct AtomicTargetTests {
    @Test func aSymlinkIsWrittenThroughToTheFileItNames() throws {
        let folder = try TemporaryFolder()
        let real = try folder.write("real.pdf", "old")
        let link = folder.path + "/link.pdf"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.pdf")
        try AtomicFile.write(Data("new".utf8), to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.pdf")
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.pdf", "real.pdf"])
    }

    @Test func aLinkLoopIsNamed() throws {
        let folder = try TemporaryFolder()
        let a = folder.path + "/a.pdf", b = folder.path + "/b.pdf"
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        #expect(throws: AtomicFile.Failure.linkLoop(a)) { try AtomicFile.write(Data("x".utf8), to: a) }
    }

    @Test func aDeviceIsWrittenThroughNotReplaced() throws {
        try AtomicFile.write(Data("discarded".utf8), to: "/dev/null")
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    @Test func aFullDeviceSaysSo() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write(to: "/dev/full") { temporary in
            try Data(repeating: 1, count: 1 << 16).write(to: URL(fileURLWithPath: temporary))
        } }
    }

    @Test func aFIFOIsWrittenThroughNotReplaced() async throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader is a process of its own: opening a FIFO blocks until both ends are open, and a
        // reader task on the shared thread pool may never run while this test's thread waits.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let output = Pipe()
        reader.standardOutput = output
        try reader.run()
        try AtomicFile.write(Data("through the pipe".utf8), to: fifo)
        let read = output.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        #expect(read == Data("through the pipe".utf8))
        let type = try FileManager.default.attributesOfItem(atPath: fifo)[.type] as? FileAttributeType
        #expect(type != .typeRegular)
    }

    @Test func staleTemporariesOfDeadRunsAreRemovedLiveOnesKept() throws {
        let folder = try TemporaryFolder()
        try folder.write("out.pdf", "old")
        // PID 2^22+1 is above Linux's pid_max, so no process has it.
        let dead = try folder.write(".out.pdf.4194305.12345.tmp", "left by a killed run")
        let live = try folder.write(".out.pdf.\(getpid()).777.tmp", "being written now")
        let other = try folder.write(".other.pdf.4194305.1.tmp", "another target's")
        try AtomicFile.write(Data("new".utf8), to: folder.path + "/out.pdf")
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.fileExists(atPath: other))
    }

    @Test func descriptorNamesAreTheDescriptors() {
        #expect(OpenDescriptorName.descriptor(named: "/dev/stdout") == 1)
        #expect(OpenDescriptorName.descriptor(named: "/dev/fd/7") == 7)
        #expect(OpenDescriptorName.descriptor(named: "/proc/self/fd/3") == 3)
        #expect(OpenDescriptorName.descriptor(named: "/proc/\(getpid())/fd/4") == 4)
        #expect(OpenDescriptorName.descriptor(named: "/proc/self/fd/x") == nil)
        #expect(OpenDescriptorName.descriptor(named: "/tmp/fd/1") == nil)
    }

    /// `/proc/self/fd/N` of a pipe is a link to `pipe:[123]`, no path: the write goes to the
    /// descriptor, not to a file named after the link's text.
    @Test func aDescriptorNameOfAPipeIsWrittenThrough() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        try AtomicFile.write(Data("through the descriptor".utf8), to: "/proc/self/fd/\(ends[1])")
        close(ends[1])
        let read = FileHandle(fileDescriptor: ends[0], closeOnDealloc: false).readDataToEndOfFile()
        #expect(read == Data("through the descriptor".utf8))
    }

    @Test func oneCharacterNamesHaveAFolder() {
        #expect(AtomicFile.folderOf("a") == ".")
        #expect(AtomicFile.folderOf("/a") == "/")
        #expect(AtomicFile.folderOf("x/a") == "x")
        #expect(AtomicFile.lastComponent("x/a") == "a")
    }
}
