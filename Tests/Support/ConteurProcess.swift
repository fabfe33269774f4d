public import Foundation

/// The built `conteur` executable, run end to end by the command-line tests.
public enum ConteurProcess {
    /// Beside the test bundle, where SwiftPM builds the product.
    public static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("conteur")

    /// Runs conteur with `arguments` (in `folder` when given); its exit status, standard output and standard error.
    public static func run(_ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
