import Foundation
import Testing

@testable import PlanWriting

@Suite struct JSONNumberTests {
    /// How the contract printed a quantity with Foundation: a `Decimal` made from Swift's
    /// description of the rounded value, encoded by `JSONEncoder`.
    /// How the contract printed a quantity with Foundation: a `Decimal` encoded by `JSONEncoder`.
    static func decimalJSON(_ value: Double) throws -> String {
        let json = try JSONWriterTests.encoderJSON([ContractRecord.decimal(value)])
        return String(json.dropFirst().dropLast())
    }

    static let values: [Double] = [
        0, -0.0, 1, -3, 1500, 500_000_000, 3.55, 0.85, 0.9, 0.6, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e-5, 1.5e-6,
        -1e-6, 5e-7, 4e-7, -0.5, 0.0001, 123456.789, 12345678.1234567, 9e15, 9e15 - 1, 9.5e15, 1e16,
        9_007_199_254_740_992, 1.2345678901234567e17, 1e20, 1e29, 1e38, 1.2345678901234567e40, 1e127,
        -2.5e18, .infinity, -.infinity, .nan, .ulpOfOne, .leastNonzeroMagnitude,
    ]

    @Test(arguments: values)
    func exact(_ value: Double) throws {
        #expect(JSONNumber.exact(value) == (try Self.decimalJSON(value)))
    }

    /// The writer prints whole values as integers; they must read as ``JSONNumber/exact(_:)`` does.
    @Test(arguments: values)
    func whole(_ value: Double) {
        if let whole = JSONNumber.whole(value) { #expect(String(whole) == JSONNumber.exact(value)) }
    }

    @Test func randomValuesOfEveryMagnitude() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<20_000 {
            let magnitude = Double.random(in: -8...30, using: &generator)
            var value = Double.random(in: -1...1, using: &generator) * pow(10, magnitude)
            if Bool.random(using: &generator) { value = (value * 100).rounded() / 100 }
            #expect(JSONNumber.exact(value) == (try Self.decimalJSON(value)), "\(value)")
        }
    }
}
