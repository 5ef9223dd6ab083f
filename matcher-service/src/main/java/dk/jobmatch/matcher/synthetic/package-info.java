/**
 * A deterministic, seeded synthetic Danish labour market: companies with partial tasks and citizens
 * with CVs, goals, hours and accommodation needs, in realistic proportions, for the demo data set
 * and the benchmark. Every record is a function of (seed, kind, index), so the same data comes out
 * on every machine and any record can be made without making the ones before it.
 *
 * <pre>{@code
 * SyntheticLabourMarket market = new SyntheticLabourMarket(SyntheticSize.DEMO, SyntheticLabourMarket.DEFAULT_SEED,
 *     LocalDate.now(), Instant.now());
 * market.companies().forEach(repository::insert);
 * }</pre>
 */
package dk.jobmatch.matcher.synthetic;
