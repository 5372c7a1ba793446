using System.IO;
using PublicFinance.FinalAccounts.Cli;
using PublicFinance.FinalAccounts.Serialization;
using Xunit;

namespace PublicFinance.FinalAccounts.Tests.Cli
{
    public class CommandLineTests
    {
        private static (int Code, string Out, string Err) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = CommandLine.Run(args, stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }

        [Fact]
        public void Summary_OfTheSample_ShowsTheKeyFigures()
        {
            var (code, output, _) = Run("summary", TestFiles.SampleJsonPath);
            Assert.Equal(0, code);
            Assert.Contains("乌鲁木齐市人民政府办公室 — 2024 年度部门决算", output);
            Assert.Contains("收入总计 Income total: 3,653.30 万元", output);
            Assert.Contains("财政拨款收入 Appropriations: 3,593.65 万元，占 98.37%", output);
            Assert.Contains("比上年 vs prior year: 减少 down 23,053.86 万元 (86.32%)", output);
            Assert.Contains("公务用车保有量 Vehicles held: 36", output);
            Assert.Contains("市政府办公室总值班室业务专项经费: 7 项指标 indicators, 得分 score 98.95", output);
            Assert.Contains("决算表 Tables present: none 无", output);
        }

        [Fact]
        public void Schema_PrintsThePublishedSchema()
        {
            var (code, output, _) = Run("schema");
            Assert.Equal(0, code);
            Assert.Equal(FinalAccountsSchema.GetText(), output);
        }

        [Fact]
        public void BadInput_Exits2_WithALocatedMessage()
        {
            var path = Path.Combine(Path.GetTempPath(), "finacct-bad-" + System.Guid.NewGuid() + ".json");
            File.WriteAllText(path, "{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024},\"unit\":\"万元\"}");
            try
            {
                var (code, _, err) = Run("summary", path);
                Assert.Equal(2, code);
                Assert.Contains("$.unit", err);
            }
            finally
            {
                File.Delete(path);
            }

            Assert.Equal(2, Run("summary", "/no/such/file.json").Code);
            Assert.Equal(2, Run("frobnicate").Code);
            Assert.Equal(2, Run().Code);
            Assert.Equal(0, Run("--help").Code);
        }
    }
}
