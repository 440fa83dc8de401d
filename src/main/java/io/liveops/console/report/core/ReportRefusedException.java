package io.liveops.console.report.core;

/** A week the report cannot be made for (it lies after the data, the warehouse has none), said in one sentence. */
public final class ReportRefusedException extends RuntimeException {
    public ReportRefusedException(String sentence) {
        super(sentence, null, false, false);
    }
}
