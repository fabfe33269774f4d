/// A dense row-major matrix of Float32 points, the clustering input.
///
/// `values.count == rows × columns` holds from construction on (`values` cannot change), so code that
/// has read the values through an unsafe pointer may index any row and column without further checks.
public struct Matrix: Sendable {
    public let rows: Int
    public let columns: Int
    public let values: [Float]

    public init(rows: Int, columns: Int, values: [Float]) {
        precondition(rows >= 0 && columns >= 0 && values.count == rows * columns, "matrix size mismatch")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// Squared Euclidean distance between two points of `count` coordinates.
    @inline(__always)
    static func distance2(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ count: Int) -> Float {
        var i = 0
        var sum8 = SIMD8<Float>()
        while i &+ 8 <= count {
            let d = UnsafeRawPointer(a + i).loadUnaligned(as: SIMD8<Float>.self)
                - UnsafeRawPointer(b + i).loadUnaligned(as: SIMD8<Float>.self)
            sum8 += d * d
            i &+= 8
        }
        var sum = sum8.sum()
        if i &+ 4 <= count {
            let d = UnsafeRawPointer(a + i).loadUnaligned(as: SIMD4<Float>.self)
                - UnsafeRawPointer(b + i).loadUnaligned(as: SIMD4<Float>.self)
            sum += (d * d).sum()
            i &+= 4
        }
        while i < count {
            let d = a[i] - b[i]
            sum += d * d
            i &+= 1
        }
        return sum
    }
}

extension Matrix {
    /// Calls `body` with the rows behind unchecked pointers (the size was checked at construction).
    func withPoints<R>(_ body: (Points) -> R) -> R {
        values.withUnsafeBufferPointer { body(Points(base: $0.baseAddress!, rows: rows, columns: columns)) }
    }
}

/// A matrix's rows for loops and concurrent work, read without checks while the matrix is borrowed.
struct Points: @unchecked Sendable {
    let base: UnsafePointer<Float>
    let rows: Int
    let columns: Int

    /// The first coordinate of row `i`.
    @inline(__always)
    func row(_ i: Int) -> UnsafePointer<Float> {
        assert(i >= 0 && i < rows, "row out of range")
        return base + i &* columns
    }
}

/// Fixed-size storage for the hot loops: filled at allocation, freed with its owner, and indexed
/// through an unsafe buffer (bounds-checked in debug builds only).
final class FixedBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<Element>

    init(repeating value: Element, count: Int) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: value)
    }

    deinit { pointer.deallocate() }

    var count: Int { pointer.count }
    /// The first element, for pointer arithmetic over rows.
    var base: UnsafeMutablePointer<Element> { pointer.baseAddress! }

    subscript(i: Int) -> Element {
        get { pointer[i] }
        set { pointer[i] = newValue }
    }

    /// Sets every element to `value`.
    func fill(_ value: Element) { pointer.update(repeating: value) }

    /// A copy as an array.
    var array: [Element] { Array(pointer) }
}
