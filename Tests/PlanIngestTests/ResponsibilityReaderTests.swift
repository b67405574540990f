import Testing

@testable import PlanIngest

@Suite struct ResponsibilityReaderTests {
    @Test(arguments: [
        ("责任单位:市科技局、市财政局", ["市科技局", "市财政局"]),
        ("责任单位：区发展改革局、区工业和信息化局,区海洋发展局", ["区发展改革局", "区工业和信息化局", "区海洋发展局"]),
        ("责任单位:工委科创委办公室、区工业和信息化局按职责分工推进", ["工委科创委办公室", "区工业和信息化局"]),
        ("责任单位:区发展改革局,古镇口核心区(黑体单位为牵头单位,下同)", ["区发展改革局", "古镇口核心区"]),
        ("责任单位:区财政局(国资局),区科协", ["区财政局(国资局)", "区科协"]),
        ("(市科技局、市工业和信息化局按职责分工负责)", ["市科技局", "市工业和信息化局"]),
        ("（牵头单位：登记注册科；配合单位：各县区分局）", ["登记注册科", "各县区分局"]),
        ("(食品安全抽检监测科、质量发展科按职责分工负责)", ["食品安全抽检监测科", "质量发展科"]),
        ("〔市科技局、市人社局、市财政局、市税务局等按职责分工负责〕", ["市科技局", "市人社局", "市财政局", "市税务局"]),
        ("〔市科技局牵头,市发展改革委、市财政局等参与〕", ["市科技局", "市发展改革委", "市财政局"]),
        ("(市科技局牵头)", ["市科技局"]),
        ("〔人民银行抚州中心支行、抚州银保监局按职责分工负责〕", ["人民银行抚州中心支行", "抚州银保监局"]),
        ("牵头单位:市发展改革委", ["市发展改革委"]),
        ("责任单位:各县(市、区)人民政府", ["各县(市、区)人民政府"]),
    ])
    func units(_ text: String, _ expected: [String]) throws {
        let reader = ResponsibilityReader(ScalarText(text))
        let block = try #require(reader.blocks.first)
        #expect(block.units.map(\.name) == expected)
    }

    @Test(arguments: [
        ("〔市科技局牵头,市发展改革委等参与〕", ["市科技局"]),
        ("〔市财政局、市科技局牵头,市国资委等参与〕", ["市科技局"]),
        ("(市科技局牵头)", ["市科技局"]),
        ("〔市科技局、市财政局按职责分工负责〕", []),
    ])
    func lead(_ text: String, _ leads: [String]) throws {
        let block = try #require(ResponsibilityReader(ScalarText(text)).blocks.first)
        #expect(block.units.filter(\.isLead).map(\.name) == leads)
    }

    @Test(arguments: [
        "(2023-2025年)", "(以下简称《方案》)", "(此件主动公开)", "责任单位要按照职责分工,细化任务",
        "(一)强化领导", "(人才)平台",
    ])
    func notALists(_ text: String) {
        #expect(ResponsibilityReader(ScalarText(text)).blocks.isEmpty)
    }

    @Test(arguments: [
        ("市科技局、市财政局", ["市科技局", "市财政局"]),
        (" 市科技局 ; 市财政局 ", ["市科技局", "市财政局"]),
        ("市科技局、、市财政局", ["市科技局", "市财政局"]),
        ("市科技局(黑体单位为牵头单位),市财政局", ["市科技局", "市财政局"]),
        ("区财政局(国资局)、区科协", ["区财政局(国资局)", "区科协"]),
        ("各县(市、区)人民政府、市财政局", ["各县(市、区)人民政府", "市财政局"]),
        ("市科技局、市财政局(未闭合、", ["市科技局", "市财政局(未闭合、"]),
    ])
    func splitUnits(_ content: String, _ expected: [String]) {
        let parts = ResponsibilityReader.splitUnits(ScalarText(content))
        #expect(parts.map { $0.string(0, $0.count) } == expected)
    }

    @Test func aTargetTakesTheListThatClosesItsItem() throws {
        let body = "1.培育企业。新增高新技术企业100家。\n责任单位:市科技局、市财政局\n2.建设平台。新建实验室5家。\n责任单位:市发展改革委"
        let targets = SamplePlan.targets(body)
        #expect(targets.map { $0.responsible.map(\.name) } == [["市科技局", "市财政局"], ["市发展改革委"]])
    }

    @Test func aListAfterTheNextHeadingIsNotTaken() throws {
        let target = try #require(SamplePlan.target("二、目标\n新增高新技术企业100家。\n三、任务\n(市科技局负责)"))
        #expect(target.responsible.isEmpty)
    }

    @Test func leadUnitsComeFirst() throws {
        let target = try #require(SamplePlan.target("新增高新技术企业100家。〔市财政局、市科技局牵头,市国资委等参与〕"))
        #expect(target.responsible.first?.name == "市科技局")
        #expect(target.responsible.first?.isLead == true)
    }
}
