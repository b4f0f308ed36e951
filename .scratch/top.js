const fs=require("fs");const dir=process.argv[2]||"/tmp/prof";const f=fs.readdirSync(dir).map(x=>dir+"/"+x).sort((a,b)=>fs.statSync(b).mtimeMs-fs.statSync(a).mtimeMs)[0];
const p=JSON.parse(fs.readFileSync(f));const self=new Map();const byId=new Map(p.nodes.map(n=>[n.id,n]));
const dt=p.timeDeltas;const counts=new Map();p.samples.forEach((s,i)=>counts.set(s,(counts.get(s)||0)+(dt[i]||0)));
for(const [id,t] of counts){const n=byId.get(id);const k=n.callFrame.functionName+" "+n.callFrame.url.split("/").pop()+":"+n.callFrame.lineNumber;self.set(k,(self.get(k)||0)+t)}
console.log([...self].sort((a,b)=>b[1]-a[1]).slice(0,+(process.argv[3]||15)).map(([k,t])=>(t/1000|0)+"ms "+k).join("\n"))
