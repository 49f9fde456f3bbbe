@testable import BriefingSources
import Foundation
import TestSupport
import Testing

/// Files read through one descriptor: every byte, the limit kept, the system's reason given.
@Suite struct FileBytesTests {
    func bytes(_ outcome: FileBytes.Outcome) -> Data? {
        if case .bytes(let data) = outcome { return data }
        return nil
    }

    @Test func everyByteIsReadAtAnySize() throws {
        let folder = try TemporaryFolder()
        for size in [1, 4_095, 4_096, 4_097, 100_000] {
            let content = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            let path = try folder.write("f\(size)", data: content)
            #expect(bytes(FileBytes.read(path, limit: 1 << 20)) == content)
            #expect(bytes(FileBytes.read(path, limit: size)) == content, "exactly at the limit")
            #expect(bytes(FileBytes.read(path, limit: Int.max)) == content)
        }
        let empty = try folder.write("empty", data: Data())
        #expect(bytes(FileBytes.read(empty, limit: 10)) == Data())
    }

    @Test func aFileAboveTheLimitIsRefusedWithItsSize() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("big", data: Data(repeating: 65, count: 101))
        guard case .tooLarge(let size) = FileBytes.read(path, limit: 100) else {
            Issue.record("a 101-byte file read under a 100-byte limit")
            return
        }
        #expect(size == 101)
    }

    /// A file that reports no size (a pipe, `/proc`) is read to its end, and the limit still holds.
    @Test func aFileWithoutASizeIsReadToItsEndUnderTheLimit() throws {
        let status = "/proc/self/status"
        guard FileManager.default.fileExists(atPath: status) else { return }
        let whole = try #require(bytes(FileBytes.read(status, limit: 1 << 20)))
        #expect(String(decoding: whole, as: UTF8.self).contains("Name:"))
        guard case .tooLarge = FileBytes.read(status, limit: 10) else {
            Issue.record("/proc/self/status read whole under a 10-byte limit")
            return
        }
    }

    @Test func aMissingFileGivesTheSystemsReason() throws {
        let folder = try TemporaryFolder()
        guard case .failed(let reason) = FileBytes.read(folder.path + "/absent", limit: 100) else {
            Issue.record("a missing file was read")
            return
        }
        #expect(reason == "No such file or directory")
    }
}
