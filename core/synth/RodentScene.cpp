// A rat in a home cage, seen from above or from the side.
//
// Behaviour (ordinary time): a state machine of exploring (walks to random
// targets, head sweeping), grooming (still, fast small head and forepaw
// movements), rearing (stands up on the hind legs and scans) and resting
// (curled, breathing only), with exponential-ish dwell times. Its clock runs
// at 1 − arrest, so the pre-ictal arrest freezes the animal mid-behaviour
// while breathing goes on.
//
// Seizures follow the Racine scale, escalating through the stages up to the
// seizure's own over the first 70 % of its duration: 1 facial automatisms
// (fast small head jitter), 2 head nodding, 3 forelimb clonus, 4 rearing with
// clonus, 5 rearing and falling onto the side with paddling. Then post-ictal
// stillness (flat, slow deep breathing, righting itself slowly).
//
// Both views project the same floor state (u across, v along the depth; both
// in [-1, 1] of the floor's half extent; heading in the floor plane).

#include "core/synth/Noise.h"
#include "core/synth/Scene.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace prodrome::core::synth {

namespace {

enum class RodentActivity { Explore, Groom, Rear, Rest };

struct Coat {
  Rgb body, hood, ear, eye, tail;
  bool hooded = false;
};

Coat drawCoat(SynthRandom& r) {
  Coat c;
  const int kind = r.below(4);
  const float j = static_cast<float>(r.uniform(0.92, 1.06));
  switch (kind) {
    case 0:  // albino (Wistar, Sprague-Dawley)
      c.body = rgb255(236, 230, 218) * j;
      c.eye = rgb255(170, 30, 40);
      break;
    case 1:  // agouti
      c.body = rgb255(140, 108, 78) * j;
      c.eye = rgb255(15, 10, 10);
      break;
    case 2:  // black
      c.body = rgb255(48, 42, 40) * j;
      c.eye = rgb255(5, 5, 5);
      break;
    default:  // hooded (Long-Evans)
      c.body = rgb255(232, 226, 214) * j;
      c.hood = rgb255(58, 48, 42) * j;
      c.hooded = true;
      c.eye = rgb255(10, 8, 8);
      break;
  }
  c.ear = kind == 2 ? rgb255(90, 70, 70) : rgb255(230, 170, 165);
  c.tail = kind == 2 ? rgb255(110, 90, 88) : rgb255(215, 175, 165);
  return c;
}

class RodentScene final : public Scene {
 public:
  RodentScene(const Viewport& vp, SynthRandom random) : vp_(vp), random_(random.fork(1)) {
    SynthRandom look = random.fork(2);
    top_ = look.chance(0.6);
    coat_ = drawCoat(look);
    const int bedding = look.below(3);
    bedding_ = bedding == 0   ? rgb255(214, 184, 130)  // aspen chips
               : bedding == 1 ? rgb255(226, 222, 212)  // paper
                              : rgb255(160, 118, 72);  // corncob
    bedding_ = bedding_ * static_cast<float>(look.uniform(0.9, 1.05));
    wall_ = mix(rgb255(200, 205, 210), rgb255(180, 190, 175), static_cast<float>(look.uniform()));
    outside_ = rgb255(60, 58, 55) * static_cast<float>(look.uniform(0.6, 1.4));
    const float s = vp.side();
    center_ = vp.center() + Vec2{static_cast<float>(look.uniform(-0.03, 0.03)) * s,
                                 static_cast<float>(look.uniform(-0.03, 0.03)) * s};
    tilt_ = top_ ? static_cast<float>(look.uniform(-0.08, 0.08)) : 0.f;
    half_ = {0.44f * s * static_cast<float>(look.uniform(0.95, 1.0)), 0.40f * s};
    bodyLength_ = s * static_cast<float>(look.uniform(0.26, 0.31)) * (top_ ? 1.f : 0.95f);
    lidSide_ = look.chance(0.5) ? 1.f : -1.f;
    seed_ = look.next();
    grain_ = fractalNoise(64, 64, seed_, 3.f, 2);
    fur_ = fractalNoise(32, 32, seed_ + 7, 1.5f, 2);
    // Start somewhere on the floor, exploring.
    pos_ = {static_cast<float>(random_.uniform(-0.5, 0.5)), static_cast<float>(random_.uniform(-0.5, 0.5))};
    heading_ = static_cast<float>(random_.uniform(0, 2 * kPi));
    pickActivity();
  }

  std::string cameraName() const override { return top_ ? "top" : "side"; }

  void drawBackground(Canvas& c) const override {
    c.reset(c.width(), c.height(), outside_);
    SynthRandom r(seed_, 11);
    if (top_) {
      // Cage walls (translucent plastic rim), then the bedding floor.
      fill(c, RoundedRect{center_, half_.x * 1.1f, half_.y * 1.1f, 0.06f * vp_.side(), tilt_},
           Paint::solid(wall_, 0.25f));
      Paint floor = Paint::solid(bedding_ * 0.92f);
      floor.grain = &grain_;
      floor.grainAmount = 0.5f;
      fill(c, RoundedRect{center_, half_.x, half_.y, 0.03f * vp_.side(), tilt_}, floor);
      const int chips = static_cast<int>(half_.x * half_.y * 0.5f);
      for (int i = 0; i < chips; ++i) {
        const Vec2 p = floorPoint({static_cast<float>(r.uniform(-1, 1)), static_cast<float>(r.uniform(-1, 1))});
        const float k = static_cast<float>(r.uniform(0.7, 1.2));
        fill(c,
             Ellipse{p, static_cast<float>(r.uniform(0.6, 1.6)), static_cast<float>(r.uniform(0.4, 0.9)),
                     static_cast<float>(r.uniform(0, kPi))},
             Paint::solid(bedding_ * k, 0.3f), 0.8f);
      }
      // Shade along the walls: the rim casts a soft shadow inwards.
      fill(c, RoundedRect{center_, half_.x, half_.y, 0.03f * vp_.side(), tilt_}, Paint::solid({0, 0, 0}), 0.18f,
           0.12f * vp_.side());
    } else {
      // Back wall (seen through the front), floor bedding, frame.
      const float top = center_.y - half_.y, bottom = center_.y + half_.y;
      Paint back;
      back.color = wall_ * 1.05f;
      back.color2 = wall_ * 0.7f;
      back.gradient = true;
      back.gradientFrom = {center_.x, top};
      back.gradientTo = {center_.x, bottom};
      fill(c, RoundedRect{center_, half_.x, half_.y, 0.02f * vp_.side()}, back);
      std::vector<Vec2> bed;
      const int n = 24;
      for (int i = 0; i <= n; ++i) {
        const float x = center_.x - half_.x + 2 * half_.x * i / n;
        bed.push_back({x, floorTopY() - 0.02f * vp_.side() * static_cast<float>(r.uniform(-1, 1))});
      }
      bed.push_back({center_.x + half_.x, bottom});
      bed.push_back({center_.x - half_.x, bottom});
      Paint floor = Paint::solid(bedding_ * 0.9f);
      floor.grain = &grain_;
      floor.grainAmount = 0.6f;
      fill(c, Polygon{bed}, floor);
      for (int i = 0; i < 14; ++i) {  // lid wire bars along the top
        const float x = center_.x - half_.x + 2 * half_.x * (i + 0.5f) / 14;
        fill(c, Capsule{{x, top}, {x, top + 0.12f * vp_.side()}, 0.35f, 0.35f}, Paint::solid(rgb255(150, 150, 150)),
             0.8f);
      }
      fill(c,
           Capsule{{center_.x - half_.x, top + 0.12f * vp_.side()},
                   {center_.x + half_.x, top + 0.12f * vp_.side()},
                   0.6f,
                   0.6f},
           Paint::solid(rgb255(140, 140, 140)));
      const float frame = 0.025f * vp_.side();
      for (float sx : {-1.f, 1.f}) {
        fill(c, RoundedRect{{center_.x + sx * half_.x, center_.y}, frame, half_.y + frame, frame},
             Paint::solid(wall_ * 0.85f, 0.3f));
      }
    }
  }

  void advance(const Moment& m, double dt) override {
    fps_ = 1.0 / dt;
    breath_ += static_cast<float>(dt * 2 * kPi * breathRate_);
    kick_ = twitchKick(m, fps_);
    kickDir_ = m.twitch.direction;
    kickPart_ = m.twitch.part;
    if (m.phase == Phase::Ictal) {
      ictal(m, dt);
      return;
    }
    clonus_ = approach(clonus_, 0, 6, dt);
    jitter_ = approach(jitter_, 0, 6, dt);
    nod_ = approach(nod_, 0, 6, dt);
    if (m.phase == Phase::Postictal) {
      // Flat and still; rights itself slowly; deep slow breathing.
      breathRate_ = approach(breathRate_, 0.9f, 0.5f, dt);
      rear_ = approach(rear_, 0, 3, dt);
      if (m.progress > 0.3) fall_ = approach(fall_, 0, 0.8f, dt);
      curl_ = approach(curl_, 0.1f, 0.5f, dt);
      headYaw_ = approach(headYaw_, 0, 0.3f, dt);
      inPostictal_ = true;
      return;
    }
    if (inPostictal_) {
      inPostictal_ = false;
      fall_ = 0;
      activity_ = RodentActivity::Explore;
      timer_ = static_cast<float>(random_.uniform(3, 8));
      target_ = randomTarget();
    }
    breathRate_ = approach(breathRate_, activity_ == RodentActivity::Rest ? 1.3f : 1.8f, 1, dt);
    behave(dt * (1.0 - m.arrest));
  }

  void drawForeground(Canvas& c) const override {
    if (top_) {
      drawTop(c);
      // The wire lid and food hopper over part of the cage occlude the animal there.
      const float s = vp_.side();
      const Vec2 hopper = floorPoint({lidSide_ * 0.75f, -0.55f});
      fill(c, RoundedRect{hopper, 0.09f * s, 0.16f * s, 0.02f * s, tilt_}, Paint::solid(rgb255(120, 122, 126), 0.3f),
           0.85f);
      for (int i = -3; i <= 3; ++i) {
        const Vec2 a = floorPoint({lidSide_ * 0.55f, -1.f + 0.15f * i + 0.45f}),
                   b = floorPoint({lidSide_ * 1.0f, -1.f + 0.15f * i + 0.45f});
        fill(c, Capsule{a, b, 0.3f, 0.3f}, Paint::solid(rgb255(170, 170, 172)), 0.7f);
      }
    } else {
      drawSide(c);
    }
  }

 private:
  // --- behaviour ---------------------------------------------------------

  Vec2 randomTarget() {
    return {static_cast<float>(random_.uniform(-0.68, 0.68)), static_cast<float>(random_.uniform(-0.62, 0.62))};
  }

  void pickActivity() {
    const double u = random_.uniform();
    if (u < 0.45) {
      activity_ = RodentActivity::Explore;
      timer_ = static_cast<float>(random_.uniform(4, 15));
      target_ = randomTarget();
    } else if (u < 0.65) {
      activity_ = RodentActivity::Groom;
      timer_ = static_cast<float>(random_.uniform(4, 12));
    } else if (u < 0.80) {
      activity_ = RodentActivity::Rear;
      timer_ = static_cast<float>(random_.uniform(1.5, 5));
    } else {
      activity_ = RodentActivity::Rest;
      timer_ = static_cast<float>(random_.uniform(8, 30));
    }
  }

  void behave(double dt) {
    clock_ += static_cast<float>(dt);
    timer_ -= static_cast<float>(dt);
    if (timer_ <= 0) pickActivity();
    float speed = 0, rearTarget = 0, curlTarget = 0, groomTarget = 0;
    float yawTarget = 0.35f * std::sin(clock_ * 2.8f) + 0.2f * std::sin(clock_ * 1.1f);
    switch (activity_) {
      case RodentActivity::Explore: {
        const Vec2 d = target_ - pos_;
        if (length(d) < 0.08f) target_ = randomTarget();
        const float want = std::atan2(d.y, d.x);
        float turn = std::remainder(want - heading_, 2 * kPi);
        heading_ += std::clamp(turn, -2.5f * static_cast<float>(dt), 2.5f * static_cast<float>(dt));
        // Stop-and-go: rats walk in bouts.
        speed = 0.45f * std::max(0.f, std::sin(clock_ * 1.7f) + 0.35f);
        break;
      }
      case RodentActivity::Groom:
        groomTarget = 1;
        curlTarget = 0.3f;
        yawTarget = 0.15f * std::sin(clock_ * 19.f);
        break;
      case RodentActivity::Rear:
        rearTarget = 1;
        yawTarget = 0.5f * std::sin(clock_ * 1.5f);
        break;
      case RodentActivity::Rest:
        curlTarget = 0.85f;
        yawTarget = 0.1f;
        break;
    }
    pos_ = pos_ + Vec2{std::cos(heading_), std::sin(heading_)} * (speed * static_cast<float>(dt));
    pos_.x = std::clamp(pos_.x, -0.7f, 0.7f);
    pos_.y = std::clamp(pos_.y, -0.65f, 0.65f);
    rear_ = approach(rear_, rearTarget, 4, dt);
    curl_ = approach(curl_, curlTarget, 1.5f, dt);
    groom_ = approach(groom_, groomTarget, 4, dt);
    headYaw_ = approach(headYaw_, yawTarget, 8, dt);
    tail_ += static_cast<float>(dt) * (0.6f + 2.f * speed);
    fall_ = approach(fall_, 0, 2, dt);
  }

  void ictal(const Moment& m, double dt) {
    const int top = m.seizure->stage;
    const float t = static_cast<float>(m.phaseSeconds);
    const int stage = std::min(top, 1 + static_cast<int>(m.progress / 0.7 * top));
    breathRate_ = approach(breathRate_, 2.5f, 1, dt);
    jitter_ = 0.05f * std::sin(t * 2 * kPi * 6.f) + 0.03f * std::sin(t * 2 * kPi * 9.3f);
    nod_ = stage >= 2 ? 0.3f * std::sin(t * 2 * kPi * 2.5f) : 0.f;
    clonus_ = stage >= 3 ? std::sin(t * 2 * kPi * 4.f) : 0.f;
    rear_ = approach(rear_, stage >= 4 ? 0.9f : 0.f, 3, dt);
    const bool falling = stage >= 5 && m.progress > 0.8;
    fall_ = approach(fall_, falling ? 1.f : 0.f, 5, dt);
    if (falling) rear_ = approach(rear_, 0, 8, dt);
    curl_ = approach(curl_, 0, 2, dt);
    groom_ = approach(groom_, 0, 4, dt);
    headYaw_ = approach(headYaw_, 0.1f * std::sin(t * 7.f), 10, dt);
  }

  // --- projection and drawing ---------------------------------------------

  Vec2 floorPoint(Vec2 uv) const { return center_ + rotate(Vec2{uv.x * half_.x, uv.y * half_.y}, tilt_); }
  float floorTopY() const { return center_.y + 0.25f * half_.y; }

  void drawTop(Canvas& c) const {
    const float L = bodyLength_;
    const float hk = kickPart_ == 0 ? kick_ : 0.4f * kick_;  // part twitches move the body less
    const Vec2 kick = polar(0.22f * L * hk, kickDir_);
    const float heading = heading_ + tilt_ + 0.25f * hk * std::sin(kickDir_) + jitter_ * 0.5f;
    const Vec2 dir{std::cos(heading), std::sin(heading)}, side{-dir.y, dir.x};
    const Vec2 body = floorPoint(pos_) + kick + side * (0.12f * L * fall_);
    const float breathe = 1.f + 0.035f * std::sin(breath_);
    const float shorten = (1.f - 0.32f * rear_) * (1.f - 0.3f * curl_);
    const float rx = 0.5f * L * shorten, ry = 0.2f * L * (1.f + 0.3f * curl_ + 0.35f * fall_) * breathe;
    // Shadow (light from the upper left), then tail, feet, body, head.
    fill(c, Ellipse{body + Vec2{0.08f * L, 0.1f * L * (1 + rear_)}, rx * 1.1f, ry * 1.3f, heading},
         Paint::solid({0, 0, 0}), 0.3f, 3.f);
    Vec2 p = body - dir * (rx * 0.9f);
    float a = heading + kPi + 0.9f * curl_;
    for (int i = 0; i < 4; ++i) {
      a += 0.35f * std::sin(tail_ + i * 0.9f) + (kickPart_ == 3 ? 0.5f * kick_ : 0.f);
      const Vec2 q = p + polar(0.25f * L, a);
      fill(c, Capsule{p, q, 0.045f * L * (1 - 0.22f * i), 0.045f * L * (1 - 0.22f * (i + 1))},
           Paint::solid(coat_.tail, 0.3f));
      p = q;
    }
    for (float sgn : {-1.f, 1.f}) {  // hind feet
      fill(c, Ellipse{body - dir * (rx * 0.55f) + side * (sgn * ry * 0.95f), 0.06f * L, 0.035f * L, heading},
           Paint::solid(coat_.ear, 0.2f));
    }
    Paint fur = Paint::solid(coat_.body, 0.45f);
    fur.grain = &fur_;
    fur.grainAmount = 0.25f;
    fill(c, Ellipse{body, rx, ry, heading}, fur);
    if (fall_ > 0.05f) {  // the belly shows when it lies on its side
      fill(c, Ellipse{body + side * (-0.4f * ry), rx * 0.8f, ry * 0.45f, heading},
           Paint::solid(mix(coat_.body, rgb255(235, 215, 210), 0.4f), 0.3f), fall_);
    }
    if (coat_.hooded)
      fill(c, Ellipse{body + dir * (0.45f * rx), rx * 0.55f, ry * 0.85f, heading}, Paint::solid(coat_.hood, 0.4f));
    // Head: yaw, nodding (foreshortening), rearing brings it nearer the camera.
    const float headKick = kickPart_ == 1 ? kick_ : 0.f;
    const float yaw = headYaw_ + 0.6f * headKick * std::cos(kickDir_) + jitter_;
    const Vec2 hdir = rotate(dir, yaw);
    const float near = 1.f + 0.25f * rear_;
    const float pitch = 1.f - 0.35f * std::abs(nod_);
    const Vec2 neck = body + dir * (rx * 0.8f);
    const Vec2 head = neck + hdir * (0.16f * L * pitch * near);
    const float hangle = heading + yaw;
    // Forepaws: by the face when grooming or rearing, beating in clonus.
    for (float sgn : {-1.f, 1.f}) {
      const float beat = (kickPart_ == 2 ? kick_ : 0.f) + clonus_ * sgn * 0.8f;
      const Vec2 paw = neck + hdir * (0.06f * L * (groom_ + rear_) + 0.05f * L * beat) + side * (sgn * 0.1f * L);
      fill(c, Ellipse{paw, 0.04f * L, 0.03f * L, hangle}, Paint::solid(coat_.ear, 0.2f));
    }
    Paint headPaint = Paint::solid(coat_.hooded ? coat_.hood : coat_.body, 0.4f);
    fill(c, Ellipse{head, 0.19f * L * pitch * near, 0.12f * L * near, hangle}, headPaint);
    const Vec2 hside{-hdir.y, hdir.x};
    for (float sgn : {-1.f, 1.f}) {
      fill(c,
           Ellipse{head - hdir * (0.07f * L * near) + hside * (sgn * 0.1f * L * near), 0.045f * L * near,
                   0.06f * L * near, hangle},
           Paint::solid(coat_.ear, 0.35f));
      fill(c,
           Ellipse{head + hdir * (0.03f * L * near) + hside * (sgn * 0.065f * L * near), 0.018f * L * near,
                   0.018f * L * near},
           Paint::solid(coat_.eye));
    }
    fill(c, Ellipse{head + hdir * (0.18f * L * pitch * near), 0.025f * L, 0.025f * L}, Paint::solid(coat_.ear));
  }

  void drawSide(Canvas& c) const {
    const float L = bodyLength_;
    // Depth: v = -1 at the back wall (higher, smaller), +1 at the front.
    const float depth = (pos_.y + 1.f) / 2.f;
    const float scale = 0.82f + 0.18f * depth;
    const float ground = floorTopY() + 0.12f * half_.y + depth * 0.45f * half_.y;
    const float x = center_.x + pos_.x * half_.x * 0.9f;
    const float cosH = std::cos(heading_);
    const float facing = cosH >= 0 ? 1.f : -1.f;
    const float along = (0.35f + 0.65f * std::abs(cosH)) * scale;  // foreshortening when it faces the camera
    const float k = kickPart_ == 0 ? kick_ : 0.4f * kick_;
    const Vec2 kick = polar(0.22f * L * k * scale, kickDir_);
    const float Ls = L * scale;
    const float rx = 0.5f * L * along * (1.f - 0.25f * curl_), ry = 0.19f * Ls * (1.f + 0.03f * std::sin(breath_));
    const float legs = 0.07f * Ls * (1.f - curl_) * (1.f - fall_);
    // Rearing pivots the body up about the hips; falling lays it on its side.
    const float lift = 1.05f * rear_ * (1.f - fall_);
    const Vec2 hip{x - facing * rx * 0.7f, ground - legs - ry * 0.9f};
    const Vec2 axis{facing * std::cos(lift), -std::sin(lift)};
    Vec2 body = hip + axis * (rx * 0.75f) + kick;
    body.y += fall_ * ry * 0.5f + jitter_ * 0.1f * Ls;
    const float angle = std::atan2(axis.y, axis.x) - facing * jitter_ * 0.3f;
    fill(c, Ellipse{{x, ground}, rx * 1.1f, 0.05f * Ls, 0}, Paint::solid({0, 0, 0}), 0.35f, 2.5f);
    // Tail along the bedding behind.
    Vec2 p = hip + Vec2{-facing * rx * 0.2f, ry * 0.5f};
    for (int i = 0; i < 4; ++i) {
      const Vec2 q = p + Vec2{-facing * 0.28f * Ls * along,
                              std::min(ground - p.y, 0.05f * Ls) + 0.03f * Ls * std::sin(tail_ + i * 1.1f)};
      fill(c, Capsule{p, q, 0.04f * Ls * (1 - 0.2f * i), 0.04f * Ls * (1 - 0.2f * (i + 1))},
           Paint::solid(coat_.tail, 0.3f));
      p = q;
    }
    // Legs: hind pair on the ground; forelegs on the ground, at the face when
    // grooming or rearing, beating in clonus, sideways when fallen.
    const Paint legPaint = Paint::solid(coat_.body * 0.85f, 0.3f);
    for (float off : {-0.55f, -0.35f}) {
      const Vec2 top = body + axis * (off * rx * 2.f) + Vec2{0, ry * 0.5f};
      const Vec2 foot =
          fall_ > 0.5f ? top + Vec2{-facing * 0.12f * Ls * (1 + clonus_ * 0.5f), 0.02f * Ls} : Vec2{top.x, ground};
      fill(c, Capsule{top, foot, 0.04f * Ls, 0.025f * Ls}, legPaint);
    }
    const float beat = clonus_ + (kickPart_ == 2 ? kick_ : 0.f);
    for (float off : {0.3f, 0.42f}) {
      const Vec2 top = body + axis * (off * rx * 2.f) + Vec2{0, ry * 0.4f};
      Vec2 foot{top.x + facing * 0.02f * Ls, ground};
      if (rear_ > 0.3f || groom_ > 0.3f) foot = top + Vec2{facing * 0.1f * Ls, -0.04f * Ls - 0.08f * Ls * beat};
      if (fall_ > 0.5f) foot = top + Vec2{facing * 0.12f * Ls, 0.05f * Ls * beat};
      fill(c, Capsule{top, foot, 0.035f * Ls, 0.022f * Ls}, legPaint);
    }
    Paint fur = Paint::solid(coat_.body, 0.45f);
    fur.grain = &fur_;
    fur.grainAmount = 0.25f;
    fill(c, Ellipse{body, rx, ry, angle}, fur);
    if (coat_.hooded)
      fill(c, Ellipse{body + axis * (rx * 0.45f), rx * 0.55f, ry * 0.95f, angle}, Paint::solid(coat_.hood, 0.4f));
    // Head at the front end, nodding and jerking.
    const float headKick = kickPart_ == 1 ? kick_ : 0.f;
    const float pitch = nod_ + 0.5f * headKick * std::sin(kickDir_) + jitter_ - 0.15f * groom_;
    const Vec2 hdir = rotate(axis, facing * (0.35f + pitch));
    const Vec2 head = body + axis * (rx * 0.9f) + hdir * (0.1f * Ls);
    const float hangle = std::atan2(hdir.y, hdir.x);
    fill(c, Ellipse{head, 0.17f * Ls * (0.5f + 0.5f * along / scale), 0.1f * Ls, hangle},
         Paint::solid(coat_.hooded ? coat_.hood : coat_.body, 0.4f));
    fill(c, Ellipse{head - hdir * (0.06f * Ls) + Vec2{0, -0.08f * Ls}, 0.04f * Ls, 0.055f * Ls, hangle},
         Paint::solid(coat_.ear, 0.3f));
    fill(c, Ellipse{head + hdir * (0.04f * Ls) + Vec2{0, -0.025f * Ls}, 0.018f * Ls, 0.018f * Ls},
         Paint::solid(coat_.eye));
    fill(c, Ellipse{head + hdir * (0.16f * Ls), 0.022f * Ls, 0.022f * Ls}, Paint::solid(coat_.ear));
  }

  Viewport vp_;
  SynthRandom random_;
  bool top_ = true;
  Coat coat_;
  Rgb bedding_, wall_, outside_;
  Vec2 center_, half_;
  float tilt_ = 0, bodyLength_ = 30, lidSide_ = 1;
  std::uint64_t seed_ = 0;
  Texture grain_, fur_;
  double fps_ = 15;
  // Behaviour state.
  RodentActivity activity_ = RodentActivity::Explore;
  float timer_ = 0, clock_ = 0;
  Vec2 pos_, target_;
  float heading_ = 0, headYaw_ = 0, rear_ = 0, curl_ = 0, groom_ = 0, tail_ = 0;
  float breath_ = 0, breathRate_ = 1.6f;
  float nod_ = 0, clonus_ = 0, jitter_ = 0, fall_ = 0;
  float kick_ = 0, kickDir_ = 0;
  int kickPart_ = 0;
  bool inPostictal_ = false;
};

}  // namespace

std::unique_ptr<Scene> makeRodentScene(const Viewport& viewport, SynthRandom random) {
  return std::make_unique<RodentScene>(viewport, random);
}

}  // namespace prodrome::core::synth
