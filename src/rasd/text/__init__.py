"""Text stages: normalisation keys, boilerplate cleaning, segmentation."""
