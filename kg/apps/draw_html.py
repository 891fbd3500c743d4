"""A self-contained interactive HTML view (no CDN: data, style and script inline).

Pan by dragging, zoom with the wheel, hover a node to see its neighbours, click
it to list its links, type in the search box to find a name, click a legend
entry to hide a type.
"""
from __future__ import annotations

import html
import json

__all__ = ["html_page", "script_json"]

_UNSAFE_IN_SCRIPT = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                                   "\u2029": "\\u2029"})


def script_json(value) -> str:
    """JSON safe to embed in a ``<script>`` element: ``<``, ``>``, ``&``, U+2028, U+2029 as escapes.

    A label holding ``</script>`` or ``<!--<script>`` would otherwise end the element or put
    the HTML parser in its "double escaped" state, and the page's script would not run.

    >>> script_json({"label": "<!--<script>"})
    '{"label": "\\\\u003c!--\\\\u003cscript\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.translate(_UNSAFE_IN_SCRIPT)


_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s</title>
<style>
body{margin:0;font:13px system-ui,sans-serif;background:#fafafa}
#bar{position:fixed;top:0;left:0;right:0;padding:6px 10px;background:#fff;border-bottom:1px solid #ddd;z-index:2}
#bar input{width:220px;padding:3px}
.lg{display:inline-block;margin-left:12px;cursor:pointer;user-select:none}
.lg i{display:inline-block;width:11px;height:11px;border-radius:50%%;margin-right:4px;vertical-align:-1px}
.lg.off{opacity:.35}
svg{position:fixed;top:36px;left:0;width:100vw;height:calc(100vh - 36px);cursor:grab}
line{stroke:#aaa;stroke-opacity:.6}
text{font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:3px;pointer-events:none}
.dim{opacity:.12}.hit circle{stroke:#000;stroke-width:2.5px}
#tip{position:fixed;display:none;background:#fff;border:1px solid #ccc;padding:4px 7px;border-radius:4px;z-index:3}
#info{position:fixed;right:10px;top:46px;width:280px;max-height:80vh;overflow:auto;display:none;background:#fff;
border:1px solid #ccc;border-radius:4px;padding:8px;z-index:3}#info ul{padding-left:16px;margin:4px 0}
</style></head><body>
<div id="bar"><b>%(title)s</b> <input id="q" placeholder="cari nama / search name"><span id="legend"></span></div>
<svg id="svg"><g id="view"><g id="edges"></g><g id="nodes"></g></g></svg><div id="tip"></div><div id="info"></div>
<script id="data" type="application/json">%(data)s</script>
<script>
(function(){
const D=JSON.parse(document.getElementById('data').textContent), NS='http://www.w3.org/2000/svg';
const el=(t,a)=>{const e=document.createElementNS(NS,t);for(const k in a)e.setAttribute(k,a[k]);return e;};
const nbr={}, nodeEl={}, edgeEl=[], hidden=new Set();
D.nodes.forEach(n=>nbr[n.id]=new Set([n.id]));
D.edges.forEach(e=>{nbr[e.s].add(e.t);nbr[e.t].add(e.s);});
const byId={};D.nodes.forEach(n=>byId[n.id]=n);
const E=document.getElementById('edges'), N=document.getElementById('nodes'), tip=document.getElementById('tip');
D.edges.forEach(e=>{const a=byId[e.s],b=byId[e.t];
  const l=el('line',{x1:a.x,y1:a.y,x2:b.x,y2:b.y,'stroke-width':0.8+Math.min(e.w,4)*0.7});
  l.appendChild(el('title',{})).textContent=e.label;E.appendChild(l);edgeEl.push([e,l]);});
D.nodes.forEach(n=>{const g=el('g',{transform:'translate('+n.x+','+n.y+')'});
  g.appendChild(el('circle',{r:n.r,fill:D.colors[n.type],stroke:'#fff','stroke-width':1}));
  const t=el('text',{x:n.r+2,y:4});t.textContent=n.label;g.appendChild(t);
  g.addEventListener('mouseenter',ev=>focus(n.id,ev));g.addEventListener('mouseleave',()=>focus(null));
  g.addEventListener('click',ev=>{ev.stopPropagation();details(n.id);});
  N.appendChild(g);nodeEl[n.id]=g;});
function visible(id){return !hidden.has(byId[id].type);}
function paint(keep){D.nodes.forEach(n=>{const g=nodeEl[n.id];g.style.display=visible(n.id)?'':'none';
    g.classList.toggle('dim',!!keep&&!keep.has(n.id));});
  edgeEl.forEach(([e,l])=>{l.style.display=visible(e.s)&&visible(e.t)?'':'none';
    l.classList.toggle('dim',!!keep&&!(keep.has(e.s)&&keep.has(e.t)));});}
function focus(id,ev){if(!id){tip.style.display='none';paint(null);return;}
  const n=byId[id];tip.innerHTML='<b></b><br><span></span>';tip.firstChild.textContent=n.label;
  tip.lastChild.textContent=n.type+' \u00b7 '+(nbr[id].size-1)+' links';
  tip.style.left=(ev.clientX+12)+'px';tip.style.top=(ev.clientY+12)+'px';tip.style.display='block';paint(nbr[id]);}
const info=document.getElementById('info');
function details(id){const n=byId[id];info.innerHTML='<b></b> <small></small><ul></ul>';
  info.children[0].textContent=n.label;info.children[1].textContent='('+n.type+')';
  D.edges.filter(e=>e.s===id||e.t===id).forEach(e=>{const o=byId[e.s===id?e.t:e.s];const li=document.createElement('li');
    li.textContent=e.label+': '+o.label+' ('+o.type+')'+(e.w>1?' \u00d7'+e.w:'');info.children[2].appendChild(li);});
  info.style.display='block';}
document.getElementById('svg').addEventListener('click',()=>{info.style.display='none';});
const L=document.getElementById('legend');
Object.keys(D.colors).filter(k=>D.nodes.some(n=>n.type===k)).forEach(k=>{const s=document.createElement('span');
  s.className='lg';s.innerHTML='<i></i>';s.firstChild.style.background=D.colors[k];s.append(k);
  s.onclick=()=>{hidden.has(k)?hidden.delete(k):hidden.add(k);s.classList.toggle('off');paint(null);};L.appendChild(s);});
document.getElementById('q').addEventListener('input',ev=>{const q=ev.target.value.trim().toLowerCase();
  D.nodes.forEach(n=>nodeEl[n.id].classList.toggle('hit',!!q&&n.label.toLowerCase().includes(q)));});
const svg=document.getElementById('svg'), V=document.getElementById('view');let z=1,tx=0,ty=0,drag=null;
function apply(){V.setAttribute('transform','translate('+tx+','+ty+') scale('+z+')');}
function fit(){const r=svg.getBoundingClientRect();z=Math.min(r.width,r.height)/1100;tx=r.width/2-500*z;ty=r.height/2-500*z;apply();}
svg.addEventListener('wheel',ev=>{ev.preventDefault();const f=ev.deltaY<0?1.15:1/1.15, r=svg.getBoundingClientRect();
  const mx=ev.clientX-r.left,my=ev.clientY-r.top;tx=mx-(mx-tx)*f;ty=my-(my-ty)*f;z*=f;apply();},{passive:false});
svg.addEventListener('mousedown',ev=>{drag=[ev.clientX-tx,ev.clientY-ty];svg.style.cursor='grabbing';});
window.addEventListener('mousemove',ev=>{if(drag){tx=ev.clientX-drag[0];ty=ev.clientY-drag[1];apply();}});
window.addEventListener('mouseup',()=>{drag=null;svg.style.cursor='grab';});
window.addEventListener('resize',fit);fit();
})();
</script></body></html>
"""


def html_page(view, pos: dict, colors: dict, *, title: str = "") -> str:
    """The page for ``view`` (nodes with ``label``/``type``) laid out at ``pos`` (in [-1, 1])."""
    nodes = [{"id": n, "label": d["label"], "type": d["type"],
              "x": round(500 + 470 * pos[n][0], 1), "y": round(500 - 470 * pos[n][1], 1),
              "r": round(5 + 1.5 * min(view.degree(n), 10), 1)}
             for n, d in sorted(view.nodes(data=True))]
    edges = [{"s": a, "t": b, "label": d.get("label", ""), "w": d.get("weight", 1)}
             for a, b, d in sorted(view.edges(data=True))]
    data = script_json({"nodes": nodes, "edges": edges, "colors": colors})
    title = html.escape(title or f"pemilu-kg: {len(nodes)} nodes, {len(edges)} edges")
    return _PAGE % {"title": title, "data": data}
