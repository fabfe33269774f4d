import Foundation

/// A small bounded queue between the parser thread and the database writer.
final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [IngestBatch] = []
    private var closed = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 4) { self.capacity = capacity }

    /// Queues a batch, waiting while the queue is full. Returns false once the reader has given up.
    func send(_ batch: IngestBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        items.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch, or nil once the sender has closed and the queue is empty.
    func receive() -> IngestBatch? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        if items.isEmpty { return nil }
        let batch = items.removeFirst()
        condition.broadcast()
        return batch
    }

    /// The sender is done.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The receiver is done: wake and stop the sender.
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }
}
