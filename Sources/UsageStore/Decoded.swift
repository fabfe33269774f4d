import GRDB

/// Decodes a row into one of the store's public records, so that GRDB stays out of the store's public interface.
struct Decoded<Record: Decodable>: FetchableRecord, Decodable {
    let record: Record

    init(from decoder: any Decoder) throws { record = try Record(from: decoder) }
}
