package io.liveops.console.experiment.core.stats;

/** One arm's data: conversion counts or continuous-metric moments. */
public sealed interface Arm permits ArmCounts, ArmMoments {

    String name();

    /** Users in the arm. */
    long users();

    /** The arm's rate (counts) or mean (moments). */
    double value();
}
