//! Row 4 of BENCHMARKS.md: decoding the real payload corpus into the generated types (as the
//! clients decode: `serde_json::from_slice`, tag-peeking unions) next to decoding the same
//! bytes into `serde_json::Value`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn decode(c: &mut Criterion) {
    let corpus = match clerk_payloads::corpus() {
        Ok(corpus) => corpus,
        Err(e) => panic!("the payload corpus does not load: {e}"),
    };
    let bytes: usize = corpus.iter().map(|p| p.bytes.len()).sum();
    let mut group = c.benchmark_group("decode");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("typed", |b| {
        b.iter(|| {
            for p in &corpus {
                let decoded = clerk_payloads::decode_as(&p.type_name, std::hint::black_box(&p.bytes));
                assert!(matches!(decoded, Some(Ok(()))), "{} does not decode", p.row.file);
            }
        })
    });
    group.bench_function("value", |b| {
        b.iter(|| {
            for p in &corpus {
                let value: Result<serde_json::Value, _> = serde_json::from_slice(std::hint::black_box(&p.bytes));
                assert!(value.is_ok());
            }
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(40).measurement_time(std::time::Duration::from_secs(4)).warm_up_time(std::time::Duration::from_secs(1));
    targets = decode
}
criterion_main!(benches);
