/**
 * The report's stylesheet, inlined so the file opens anywhere with no network. Every label has a
 * colour AND a line style (none, dotted, wavy, solid, struck through), so it reads in grey too.
 */
export const HTML_STYLE = `
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--card:#fff;--accent:#0b57d0;
--para-bg:#fff4cc;--para-line:#9a6700;--contra-bg:#ffe1e0;--contra-line:#c21c1c;--contra-ink:#82071e;
--add-bg:#dafbe1;--add-line:#1a7f37;--rem-bg:#f0e7ff;--rem-line:#8250df;--rem-ink:#5a32a3}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header.top{background:var(--card);border-bottom:1px solid var(--line);padding:16px 24px 12px}
h1{font-size:20px;margin:0 0 2px}
.sub{color:var(--muted);font-size:13px;margin:0}
.stats{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0 0;padding:0;list-style:none}
.stats li{border:1px solid var(--line);border-radius:8px;padding:6px 12px;min-width:110px;background:var(--bg)}
.stats b{display:block;font-size:20px;line-height:1.2}
.stats span{color:var(--muted);font-size:12px}
.stats li.alert{border-color:var(--contra-line);background:var(--contra-bg)}
.stats li.alert b{color:var(--contra-ink)}
.bar{position:sticky;top:0;z-index:20;display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;padding:8px 24px;background:rgba(255,255,255,.97);border-bottom:1px solid var(--line)}
.bar label{font-size:13px;color:var(--muted);display:flex;align-items:center;gap:6px}
.bar select,.bar input[type=search]{font:inherit;font-size:13px;padding:3px 6px;border:1px solid var(--line);border-radius:6px;background:#fff;color:var(--ink)}
.bar input[type=search]{width:14em}
.bar button{font:inherit;font-size:13px;padding:3px 10px;border:1px solid var(--line);border-radius:6px;background:var(--bg);cursor:pointer}
.bar button:hover{background:#eaeef2}
.bar .count{margin-left:auto;font-size:13px;color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;font-size:13px;padding:8px 24px;color:var(--muted);border-bottom:1px solid var(--line);background:var(--card)}
.legend .seg{color:var(--ink)}
main{padding:16px 24px 48px;max-width:1200px}
details.group{background:var(--card);border:1px solid var(--line);border-radius:10px;margin:0 0 10px}
details.group.has-contra{border-left:4px solid var(--contra-line)}
details.group>summary{list-style:none;cursor:pointer;padding:10px 14px;display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
details.group>summary::-webkit-details-marker{display:none}
details.group>summary::before{content:"\\25B8";color:var(--muted);width:1em;flex:none}
details.group[open]>summary::before{content:"\\25BE"}
details.group>summary:focus-visible{outline:2px solid var(--accent);outline-offset:-2px;border-radius:10px}
.gid{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
.who{font-weight:600}
.lead{color:var(--muted);flex:1 1 20em;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.chips{display:flex;gap:4px;flex-wrap:wrap}
.chip{font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.03em;border-radius:999px;padding:1px 8px;border:1px solid var(--line);color:var(--muted);background:var(--bg);white-space:nowrap}
.chip.contradict{color:var(--contra-ink);background:var(--contra-bg);border-color:var(--contra-line)}
.chip.paraphrase{color:#7d4e00;background:var(--para-bg);border-color:var(--para-line)}
.chip.match{color:#116329;background:#eefbf1;border-color:#4ac26b}
.chip.differ{color:var(--rem-ink);background:var(--rem-bg);border-color:var(--rem-line)}
.chip.denies{color:#fff;background:var(--contra-line);border-color:var(--contra-line)}
.chip.asserts{color:#0a3069;background:#ddf4ff;border-color:#54aeff}
.body{padding:0 14px 14px 38px}
.cd{border:1px solid var(--contra-line);border-radius:8px;margin:4px 0 12px;overflow:hidden}
.cd h3{margin:0;padding:6px 12px;font-size:13px;background:var(--contra-bg);color:var(--contra-ink)}
.pair{display:grid;grid-template-columns:1fr 1fr;border-top:1px solid var(--line)}
.pair>div{padding:10px 12px}
.pair>div+div{border-left:1px dashed var(--line)}
.role{font-size:12px;color:var(--muted);margin-bottom:4px}
.role b{color:var(--ink)}
.more{font-size:12px;color:var(--muted);padding:6px 12px;border-top:1px solid var(--line)}
ol.wordings{list-style:none;margin:0;padding:0}
ol.wordings>li{display:grid;grid-template-columns:minmax(150px,210px) 1fr;gap:4px 16px;padding:10px 0;border-top:1px solid #eaeef2}
ol.wordings>li:first-child{border-top:0}
.meta{font-size:12px;color:var(--muted)}
.meta .outlet{display:block;color:var(--ink);font-weight:600;font-size:13px}
.meta .outlet a{color:inherit}
.meta code{display:block;font:11px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);overflow-wrap:anywhere}
.meta .rel{margin-top:4px;display:flex;gap:4px;flex-wrap:wrap;align-items:center}
.text{font-family:Georgia,"Iowan Old Style","Times New Roman",serif;font-size:16px;line-height:1.7}
.ref .text{color:#24292f}
q.text{quotes:"\\201C" "\\201D" "\\2018" "\\2019"}
.seg{position:relative;border-radius:3px;padding:1px 1px;color:inherit;text-decoration-skip-ink:none;text-underline-offset:3px}
.seg:focus{outline:2px solid var(--accent);outline-offset:1px}
.seg.paraphrase{background:var(--para-bg);text-decoration:underline dotted var(--para-line) 2px}
.seg.contradict{background:var(--contra-bg);color:var(--contra-ink);font-weight:600;text-decoration:underline wavy var(--contra-line) 1.5px}
.seg.added{background:var(--add-bg);text-decoration:underline solid var(--add-line) 2px}
.seg.removed{background:var(--rem-bg);color:var(--rem-ink);text-decoration:line-through var(--rem-line) 2px;font-size:.92em}
.seg.match{background:none}
ins.seg,del.seg{text-decoration-thickness:2px}
.tip{display:none;position:absolute;left:0;bottom:calc(100% + 6px);z-index:30;width:max-content;max-width:26rem;padding:6px 9px;border-radius:6px;background:#1f2328;color:#fff;font:500 12px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-decoration:none;white-space:normal;box-shadow:0 4px 12px rgba(0,0,0,.25);user-select:none;pointer-events:none}
.tip b{text-transform:uppercase;letter-spacing:.04em;font-size:11px}
.tip i{color:#d0d7de}
.seg:hover>.tip,.seg:focus>.tip{display:block}
.legend .tip{bottom:auto;top:calc(100% + 6px)}
.hidden-by-filter{display:none}
.empty{color:var(--muted);padding:24px;text-align:center;display:none}
details.issues{margin-top:24px;font-size:13px;color:var(--muted)}
details.topics{background:var(--card);border:1px solid var(--line);border-radius:10px;margin:0 0 14px;padding:8px 14px;font-size:14px}
details.topics>summary{cursor:pointer;font-weight:600}
details.topics ul{margin:6px 0 0;padding-left:18px}
details.topics li{margin:0 0 6px}
details.topics .muted{color:var(--muted);font-size:13px}
details.topics a{color:var(--accent);font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
details.issues li code{font-size:12px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:720px){ol.wordings>li,.pair{grid-template-columns:1fr}.pair>div+div{border-left:0;border-top:1px dashed var(--line)}.body{padding-left:14px}}
@media print{.bar{display:none}details.group{break-inside:avoid}}
`;
