import PostgresNIO
import UsageStore

/// Event rows in COPY's binary format, for `events`: every field a big-endian `bigint` or `double precision` with its
/// length, so that neither side writes or parses decimal text. Against the text format it spares the server about
/// 30 % of a load's CPU, and the writer its number formatting.
struct CopyBinary {
    /// The signature, flags and header extension length that open a binary COPY.
    static let header: [UInt8] = Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00] + [0, 0, 0, 0] + [0, 0, 0, 0]
    /// The field count -1 that ends it.
    static let trailer: [UInt8] = [0xFF, 0xFF]
    /// The events columns, in the order of ``appendEvents(_:dataset:into:)``.
    static let eventColumns = ["account", "user", "time", "feature", "count", "duration", "value", "dataset"]
    /// The most bytes an event row takes: its field count, then eight fields of a length and eight bytes.
    private static let eventBytes = 2 + 8 * (4 + 8)

    /// Appends a batch's event rows; a user id of 0 and a NaN duration or value are NULL.
    static func appendEvents(_ batch: DecodedBatch, dataset: Int64, into buffer: inout ByteBuffer) {
        let account = batch.eventAccount, user = batch.eventUser, time = batch.eventTime, feature = batch.eventFeature
        let count = batch.eventCount, duration = batch.eventDuration, value = batch.eventValue
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: account.count * eventBytes) { raw in
            var out = Output(base: raw.baseAddress!)
            for i in account.indices {
                out.int16(8)
                out.int64(account[i])
                if user[i] > 0 { out.int64(user[i]) } else { out.null() }
                out.int64(time[i])
                out.int64(feature[i])
                out.double(count[i])
                out.double(duration[i])
                out.double(value[i])
                out.int64(dataset)
            }
            return out.offset
        }
    }

    /// A write position in a buffer reserved large enough beforehand.
    private struct Output {
        let base: UnsafeMutableRawPointer
        var offset = 0

        @inline(__always) mutating func int16(_ value: Int16) {
            base.storeBytes(of: value.bigEndian, toByteOffset: offset, as: Int16.self)
            offset += 2
        }

        @inline(__always) mutating func int64(_ value: Int64) {
            base.storeBytes(of: Int32(8).bigEndian, toByteOffset: offset, as: Int32.self)
            base.storeBytes(of: value.bigEndian, toByteOffset: offset + 4, as: Int64.self)
            offset += 12
        }

        @inline(__always) mutating func double(_ value: Double) {
            if value.isNaN { null() } else { int64(Int64(bitPattern: value.bitPattern)) }
        }

        @inline(__always) mutating func null() {
            base.storeBytes(of: Int32(-1).bigEndian, toByteOffset: offset, as: Int32.self)
            offset += 4
        }
    }
}

extension PostgresConnection {
    /// `COPY table(columns) FROM STDIN` in the binary format, `writeData` sending the rows after ``CopyBinary/header``
    /// and before ``CopyBinary/trailer``, which this adds.
    ///
    /// PostgresNIO 1.33 writes only COPY's text format and builds the statement itself, quoting the table name it is
    /// given: the name below closes that quote, names the columns and the format, and comments out the rest of the
    /// line (its text-format clause). `table` and `columns` are the store's own names, never a person's.
    func copyBinary(table: String, columns: [String], writeData: (PostgresCopyFromWriter) async throws -> Void) async throws {
        precondition((columns + [table]).allSatisfy { $0.allSatisfy { $0.isLetter || $0 == "_" } })
        let statement = "\(table)\" (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) FROM STDIN WITH (FORMAT binary) --"
        try await copyFrom(table: statement, logger: PostgresStore.logger) { writer in
            try await writer.write(ByteBuffer(bytes: CopyBinary.header))
            try await writeData(writer)
            try await writer.write(ByteBuffer(bytes: CopyBinary.trailer))
        }
    }
}
