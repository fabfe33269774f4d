import Logging
import NIOConcurrencyHelpers

/// Keeps the lines logged through its `logger` in memory.
final class LogCapture: Sendable {
    struct Line: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]

        /// The message and metadata as one text, to search.
        var text: String { ([message] + metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " ") }
    }

    private let box = NIOLockedValueBox<[Line]>([])

    var lines: [Line] { box.withLockedValue { $0 } }

    var logger: Logger { Logger(label: "conteur.test") { _ in Handler(capture: self) } }

    struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let metadata = self.metadata.merging(event.metadata ?? [:]) { $1 }.mapValues { "\($0)" }
            capture.box.withLockedValue { $0.append(Line(level: event.level, message: "\(event.message)", metadata: metadata)) }
        }
    }
}
