using System.Reflection;
using PublicFinance.FinalAccounts.Cli;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>
/// <see cref="CheckRunner.LoadAndCheck"/> must stay compiled without optimisation and never be inlined: the .NET 10 JIT,
/// re-compiling it at tier 1 with the profile of a long run, allocated native memory without bound (the test host of a CI
/// run reached 24 GB and was killed by the kernel; a dump showed the tiered-compilation worker compiling this method).
/// </summary>
public class CheckRunnerCompilationTests
{
    [Fact]
    public void LoadAndCheck_IsCompiledOnce_WithoutOptimisation_AndNotInlined()
    {
        var method = typeof(CheckRunner).GetMethod(nameof(CheckRunner.LoadAndCheck), BindingFlags.Public | BindingFlags.Static)!;
        var flags = method.GetMethodImplementationFlags();
        Assert.Equal(MethodImplAttributes.NoOptimization, flags & MethodImplAttributes.NoOptimization);
        Assert.Equal(MethodImplAttributes.NoInlining, flags & MethodImplAttributes.NoInlining);
    }
}
