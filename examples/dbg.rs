fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let lang = sourcelight::lang::choose(&text, &Default::default());
    let doc = sourcelight::scan::Document::new(&text, lang);
    let ctx = sourcelight::context::Context::new(&doc);
    for c in &ctx.cues { println!("cue {:?} before={:?}", ctx.cue_text(c), ctx.subject_before(c)); }
    for k in &ctx.known { println!("known {:?}", k); }
    for c in &ctx.names.chunks { print!("[{}] ", sourcelight::names::text(&ctx.w, *c)); }
    println!();
}
