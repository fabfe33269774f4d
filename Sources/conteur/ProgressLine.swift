import Foundation
import UsageStore

/// One self-rewriting progress line on a terminal; silent when stdout is not a terminal.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let enabled = isatty(STDOUT_FILENO) != 0
    private let started = Date()
    private var shown = false

    /// Shows where an ingest stands: rows, rows/s and percent of bytes.
    func update(_ progress: IngestProgress) {
        guard enabled else { return }
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        let percent = progress.totalBytes > 0 ? 100 * Double(progress.bytesRead) / Double(progress.totalBytes) : 0
        update(message: String(format: "  %@: %@ rows, %@ rows/s, %.0f %%", progress.file,
                               progress.rows.formatted(), Int(Double(progress.rows) / seconds).formatted(), percent))
    }

    /// Shows a line of its own.
    func update(message text: String) {
        guard enabled else { return }
        lock.withLock {
            FileHandle.standardOutput.write(Data(("\r\u{1B}[K" + text).utf8))
            shown = true
        }
    }

    /// Clears the line before a normal message.
    func clear() {
        lock.withLock {
            if shown { FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8)) }
            shown = false
        }
    }
}
