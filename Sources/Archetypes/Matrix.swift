/// A dense row-major matrix of Float32 points, the clustering input.
public struct Matrix: Sendable {
    public let rows: Int
    public let columns: Int
    public var values: [Float]

    public init(rows: Int, columns: Int, values: [Float]) {
        precondition(values.count == rows * columns, "matrix size mismatch")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// Squared Euclidean distance between row `i` and a point of the same width.
    @inline(__always)
    static func distance2(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ count: Int) -> Float {
        var i = 0
        var sum8 = SIMD8<Float>()
        while i + 8 <= count {
            let d = UnsafeRawPointer(a + i).loadUnaligned(as: SIMD8<Float>.self)
                - UnsafeRawPointer(b + i).loadUnaligned(as: SIMD8<Float>.self)
            sum8 += d * d
            i += 8
        }
        var sum = sum8.sum()
        if i + 4 <= count {
            let d = UnsafeRawPointer(a + i).loadUnaligned(as: SIMD4<Float>.self)
                - UnsafeRawPointer(b + i).loadUnaligned(as: SIMD4<Float>.self)
            sum += (d * d).sum()
            i += 4
        }
        while i < count {
            let d = a[i] - b[i]
            sum += d * d
            i += 1
        }
        return sum
    }
}
