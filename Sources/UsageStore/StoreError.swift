import Foundation

/// A problem opening or maintaining a store, worded for the person at the terminal.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, with the path involved.
    public let description: String

    init(_ description: String) { self.description = description }
}
