namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>The page's inline style sheet (no fonts or images are fetched).</summary>
internal static class PageStyle
{
    /// <summary>The CSS.</summary>
    public const string Css = """
:root{--error:#c0392b;--warning:#b7791f;--info:#2b6cb0;--line:#d0d7de;--muted:#57606a}
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",
system-ui,sans-serif;font-size:14px;line-height:1.5;color:#1f2328;background:#f6f8fa}
header.page{background:#fff;border-bottom:1px solid var(--line);padding:16px 24px}
header.page h1{margin:0 0 4px;font-size:22px}
.meta{color:var(--muted);margin:0}
.meta span{margin-right:16px}
nav.toc a{margin-right:12px}
main{padding:0 24px 48px;max-width:1400px}
section.part{background:#fff;border:1px solid var(--line);border-radius:6px;margin:16px 0;padding:12px 16px}
h2{font-size:18px;margin:4px 0 12px}
h2 small,h3 small{color:var(--muted);font-weight:normal;font-size:13px}
h3{font-size:15px;margin:16px 0 6px}
.badge{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;border:1px solid var(--line);background:#fff;margin-right:4px}
.badge.sev-error,.badge.failed{background:#fdecea;border-color:var(--error);color:var(--error)}
.badge.sev-warning{background:#fff8e1;border-color:var(--warning);color:var(--warning)}
.badge.sev-info{background:#e8f1fb;border-color:var(--info);color:var(--info)}
.badge.passed{background:#e6f4ea;border-color:#2f855a;color:#2f855a}
.badge.could-not-run{background:#f3f0ff;border-color:#6b46c1;color:#6b46c1}
ol.findings{padding-left:0;list-style:none;margin:0}
ol.findings>li{border-left:4px solid var(--line);padding:6px 10px;margin:6px 0;background:#fafbfc}
ol.findings>li.sev-error{border-left-color:var(--error)}
ol.findings>li.sev-warning{border-left-color:var(--warning)}
ol.findings>li.sev-info{border-left-color:var(--info)}
ol.findings .num-label{font-weight:bold;margin-right:6px}
ol.findings .rule{font-family:ui-monospace,monospace;margin-right:6px}
ol.findings .en{color:var(--muted)}
ol.findings .places a{font-family:ui-monospace,monospace;font-size:12px;margin-right:8px;word-break:break-all}
ol.findings>li{overflow-wrap:anywhere}
.scroll{overflow-x:auto}
table.grid{border-collapse:collapse;margin:4px 0 8px;min-width:50%}
table.grid th,table.grid td{border:1px solid var(--line);padding:3px 8px;vertical-align:top}
table.grid th{background:#eef1f4;font-weight:600;text-align:center}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.code,.v.code{font-family:ui-monospace,monospace}
td.desc{font-size:12px;max-width:420px}
tr.total td{font-weight:600;background:#f6f8fa}
tr.level-5 td.name{padding-left:22px}
tr.level-7 td.name{padding-left:38px}
tr.sub td:first-child{padding-left:22px}
tr.group th{text-align:left;background:#f6f8fa}
.two-sided{display:flex;gap:16px;flex-wrap:wrap;align-items:flex-start}
.unit,.printed-title,.table-note,.chart-source{color:var(--muted);margin:2px 0;font-size:12px}
.absent{color:var(--muted)}
.absent-table,.absent-section{display:inline-block;border:1px dashed var(--line);padding:0 6px;margin:2px}
dl.obj{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;margin:4px 0}
dl.obj dt{color:var(--muted)}
dl.obj dd{margin:0;min-width:0;overflow-wrap:anywhere}
.flag{outline:2px solid var(--info);outline-offset:1px;background:#e8f1fb}
.flag.sev-warning{outline-color:var(--warning);background:#fff8e1}
.flag.sev-error{outline-color:var(--error);background:#fdecea}
tr.flag{outline-offset:-2px}
.flag.involved{outline-style:dashed;outline-width:1px;background:transparent}
:target{box-shadow:0 0 0 4px #ffd33d}
.refs{margin-left:3px}
a.ref{display:inline-block;font-size:10px;line-height:14px;min-width:14px;text-align:center;border-radius:7px;color:#fff;
background:var(--info);text-decoration:none;padding:0 3px;margin-left:2px;vertical-align:super}
a.ref.sev-error{background:var(--error)}
a.ref.sev-warning{background:var(--warning)}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(640px,1fr));gap:12px}
figure.chart{margin:0;border:1px solid var(--line);border-radius:6px;padding:8px}
figure.chart figcaption{font-weight:600;margin-bottom:4px}
svg text{font-family:inherit;font-size:12px;fill:#1f2328}
svg text.value{fill:var(--muted)}
.source{font-family:ui-monospace,"WenQuanYi Micro Hei Mono",monospace;font-size:13px;white-space:pre-wrap;border:1px solid var(--line);
max-height:none}
.source .line{display:flex}
.source .ln{flex:0 0 48px;text-align:right;padding-right:8px;color:var(--muted);user-select:none;border-right:1px solid var(--line);
margin-right:8px}
mark.src.sev-error{background:#fdecea;border-bottom:2px solid var(--error)}
mark.src.sev-warning{background:#fff8e1;border-bottom:2px solid var(--warning)}
mark.src.sev-info{background:#e8f1fb;border-bottom:2px solid var(--info)}
table.coverage tr.failed td{background:#fdecea}
table.coverage tr.could-not-run td{color:#6b46c1}
table.coverage tr.not-applicable td{color:var(--muted)}
.missing{font-family:ui-monospace,monospace;font-size:11px;word-break:break-all;max-width:360px}
.v.text{white-space:pre-wrap}
footer{color:var(--muted);font-size:12px;padding:8px 24px}
""";
}
